package fr.vigie.request;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import fr.vigie.app.VigieConfig;
import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.request.procedure.StateResolver;
import fr.vigie.request.procedure.Timeline;
import fr.vigie.app.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recomputes the stored state of every unsettled request as days pass (a silence becomes a refusal,
 * a deadline becomes overdue). Idempotent: running it twice on a day changes nothing the second time.
 * Works in batches, each in its own transaction, so memory stays flat whatever the number of requests,
 * and writes only the requests whose state moved (plain JDBC: through entities it took minutes).
 */
@ApplicationScoped
public class RequestRefresher {

    static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(RequestRefresher.class);

    /**
     * What a refresh did: requests looked at, requests whose stored state changed, requests whose timeline
     * the engine refused, batches rolled back, and how long it took.
     */
    public record Outcome(int examined, int changed, int failed, int failedBatches, long millis) {
    }

    private final AppClock clock;
    private final DataSource dataSource;
    private final EntityManager em;
    private final int threads;
    private final ReentrantLock running = new ReentrantLock();

    RequestRefresher(AppClock clock, DataSource dataSource, EntityManager em,
            VigieConfig config) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.em = em;
        this.threads = Math.max(1, config.refresh().threads());
    }

    /**
     * Refreshes all unsettled requests as of today: ranges of {@link #BATCH} ids, each in its own
     * transaction, on {@code threads} threads (the engine and the database share the machine's cores).
     */
    public Outcome refreshAll() {
        // one run at a time in this instance: the nightly job and an administrator's run would fight over rows
        running.lock();
        try {
            return refreshAllNow();
        } finally {
            running.unlock();
        }
    }

    private Outcome refreshAllNow() {
        LocalDate today = clock.today();
        long start = System.nanoTime();
        long[] span = QuarkusTransaction.requiringNew().call(this::idSpan);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "request-refresh");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<BatchResult>> batches = new ArrayList<>();
            for (long from = span[0]; from <= span[1]; from += BATCH) {
                long lower = from;
                batches.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> batch(lower, lower + BATCH, today))));
            }
            int examined = 0;
            int changed = 0;
            int failed = 0;
            int failedBatches = 0;
            for (Future<BatchResult> batch : batches) {
                try {
                    BatchResult done = batch.get();
                    examined += done.examined();
                    changed += done.changed();
                    failed += done.failed();
                } catch (ExecutionException e) {
                    // rolled back as a whole (a lock timeout, a lost connection): tomorrow's run retries it
                    failedBatches++;
                    LOG.errorf(e.getCause(), "A batch of the refresh failed and was rolled back");
                }
            }
            return new Outcome(examined, changed, failed, failedBatches, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("refresh interrupted", e);
        } finally {
            // never interrupt the workers: an interrupt during H2's file I/O closes the database
            pool.shutdown();
        }
    }

    /** Lowest and highest request id; {1, 0} (an empty span) when there is none. */
    private long[] idSpan() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM access_request").getSingleResult();
        return row[0] == null ? new long[] { 1, 0 } : new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }

    private record BatchResult(int examined, int changed, int failed) {
    }

    private BatchResult batch(long fromId, long toId, LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<RefreshBatch.Candidate> candidates = RefreshBatch.read(c, fromId, toId);
            Map<RefreshBatch.Candidate, StoredState> changes = new LinkedHashMap<>();
            int failed = 0;
            for (RefreshBatch.Candidate candidate : candidates) {
                try {
                    StoredState now = StoredState.of(StateResolver.resolve(candidate.regime(), candidate.territory(),
                            candidate.channel(), new Timeline(candidate.timeline()), today), candidate.timeline());
                    if (!now.equals(candidate.stored())) {
                        changes.put(candidate, now);
                    }
                } catch (InvalidProcedureException e) {
                    // a timeline recorded before a rule existed: leave its state as it was, and say so
                    failed++;
                    LOG.warnf("Request %d not refreshed: %s", candidate.id(), e.getMessage());
                }
            }
            int written = changes.isEmpty() ? 0 : RefreshBatch.write(c, changes);
            return new BatchResult(candidates.size(), written, failed);
        }
    }

    /** Claims today's run of a daily job for this instance; false when another instance already has it. */
    public boolean claim(String job, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE daily_job SET last_run = ?1 WHERE name = ?2 AND last_run < ?1")
                .setParameter(1, today).setParameter(2, job).executeUpdate() == 1);
    }
}
