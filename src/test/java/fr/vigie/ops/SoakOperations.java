package fr.vigie.ops;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The soak test's operations, one HTTP call each. Writes advance requests one step at a time (create, then each
 * event of the timeline, then the document), so that writes of every kind are spread over the run; reads pick a
 * random finished request and its document. An operation succeeds when answered 2xx.
 */
final class SoakOperations {

    private static final int MAX_DOCUMENT_BYTES = 64 * 1024;

    /** A request whose timeline is being written, by one thread at a time. */
    private static final class Open {
        final long request;
        int step;
        long answer;

        Open(long request) {
            this.request = request;
        }
    }

    private final Workload workload;
    private final ConcurrentLinkedQueue<Open> open = new ConcurrentLinkedQueue<>();
    private final List<long[]> finished = new ArrayList<>();

    private SoakOperations(Workload workload) {
        this.workload = workload;
    }

    /** Prepares the workload and writes {@code requests} whole requests for the first reads. */
    static SoakOperations seed(ApiClient api, int requests) throws IOException, InterruptedException {
        SoakOperations operations = new SoakOperations(Workload.prepare(api));
        Ledger ledger = new Ledger();
        for (int i = 0; i < requests; i++) {
            operations.workload.writeCase(ledger, MAX_DOCUMENT_BYTES);
        }
        ledger.documents().forEach((id, document) -> operations.finished.add(new long[] { document.requestId(), id }));
        return operations;
    }

    boolean read() {
        long[] pick;
        synchronized (finished) {
            pick = finished.get(ThreadLocalRandom.current().nextInt(finished.size()));
        }
        try {
            return workload.read(pick[0], pick[1]).ok();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean write() {
        Open next = ThreadLocalRandom.current().nextInt(4) == 0 ? null : open.poll();
        try {
            return next == null ? create() : advance(next);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean create() throws IOException, InterruptedException {
        ApiClient.Reply reply = workload.createRequest();
        if (reply.ok()) {
            open.add(new Open(reply.json().get("id").asLong()));
        }
        return reply.ok();
    }

    /** The next step of an open request; the request goes back in the queue unless finished (or failed). */
    private boolean advance(Open request) throws IOException, InterruptedException {
        if (request.step < Workload.TIMELINE.size()) {
            ApiClient.Reply reply = workload.addEvent(request.request, request.step);
            if (reply.ok()) {
                request.answer = request.step == Workload.ANSWER ? reply.json().get("id").asLong() : request.answer;
                request.step++;
                open.add(request);
            }
            return reply.ok();
        }
        ApiClient.Reply reply = workload.upload(request.request, request.answer, Workload.pdf(MAX_DOCUMENT_BYTES));
        if (reply.ok()) {
            synchronized (finished) {
                finished.add(new long[] { request.request, reply.json().get("id").asLong() });
            }
        }
        return reply.ok();
    }
}
