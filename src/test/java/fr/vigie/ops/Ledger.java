package fr.vigie.ops;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every write the application acknowledged (2xx with an id), kept by the load generator, so that after a crash
 * each one can be looked for. A write cut by the crash (no reply) was never acknowledged: it may or may not be there.
 */
final class Ledger {

    record Document(long requestId, String sha256, int size) {
    }

    private final Map<Long, Set<Long>> eventsByRequest = new ConcurrentHashMap<>();
    private final Map<Long, Document> documents = new ConcurrentHashMap<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    void request(long id) {
        eventsByRequest.put(id, ConcurrentHashMap.newKeySet());
        acknowledged.incrementAndGet();
    }

    void event(long requestId, long id) {
        eventsByRequest.get(requestId).add(id);
        acknowledged.incrementAndGet();
    }

    void document(long id, Document document) {
        documents.put(id, document);
        acknowledged.incrementAndGet();
    }

    /** A write that got no reply (the application was killed while it ran). */
    void noReply() {
        unanswered.incrementAndGet();
    }

    /** A write answered with an error status: never expected, reported. */
    void errorReply() {
        refused.incrementAndGet();
    }

    Map<Long, Set<Long>> eventsByRequest() {
        return eventsByRequest;
    }

    Map<Long, Document> documents() {
        return documents;
    }

    long acknowledged() {
        return acknowledged.get();
    }

    long unanswered() {
        return unanswered.get();
    }

    long refused() {
        return refused.get();
    }
}
