package fr.vigie.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import fr.vigie.app.AppClock;
import fr.vigie.app.VigieConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps stored states true as days pass: finds the requests whose state has expired (a silence became a
 * refusal, a deadline passed) and has the writer recompute exactly those, in batches, each in its own
 * transaction, on a few threads. Idempotent: a second run on the same day finds nothing to do.
 */
@ApplicationScoped
public class StateRefresher {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(StateRefresher.class);
    /** A lower bound for the range read: H2 keeps the nulls (states that never expire) at the start of the index. */
    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);
    private static final String EXPIRED = "r.state.expiresOn between :longAgo and :today";

    /**
     * What a run did: requests recomputed, requests whose stored state changed, requests whose timeline the
     * engine refused, batches rolled back (retried at the next run), and how long it took.
     */
    public record Outcome(int examined, int changed, int failed, int failedBatches, long millis) {
    }

    private final RequestService writer;
    private final AppClock clock;
    private final EntityManager em;
    private final int threads;
    private final ReentrantLock running = new ReentrantLock();

    StateRefresher(RequestService writer, AppClock clock, EntityManager em, VigieConfig config) {
        this.writer = writer;
        this.clock = clock;
        this.em = em;
        this.threads = Math.max(1, config.refresh().threads());
    }

    /** Recomputes the states that have expired by today. */
    public Outcome refreshExpired() {
        LocalDate today = clock.today();
        return run(() -> em.createQuery("select r.id from AccessRequest r where " + EXPIRED + " order by r.id", Long.class)
                .setParameter("longAgo", LONG_AGO).setParameter("today", today).getResultList(), today);
    }

    /** Whether any stored state has expired by today (one indexed look-up). */
    public boolean anyExpired() {
        return QuarkusTransaction.requiringNew().call(() -> !em.createQuery("select r.id from AccessRequest r where " + EXPIRED,
                Long.class).setParameter("longAgo", LONG_AGO).setParameter("today", clock.today()).setMaxResults(1)
                .getResultList().isEmpty());
    }

    /** Recomputes every request, expired or not: after restoring a backup, or an upgrade that changed a rule. */
    public Outcome refreshAll() {
        return run(() -> em.createQuery("select r.id from AccessRequest r order by r.id", Long.class).getResultList(), clock.today());
    }

    private Outcome run(java.util.function.Supplier<List<Long>> which, LocalDate today) {
        // one run at a time in this instance: the nightly job and an administrator's run would fight over rows
        running.lock();
        try {
            long start = System.nanoTime();
            List<Long> ids = QuarkusTransaction.requiringNew().call(which::get);
            return recompute(ids, today, start);
        } finally {
            running.unlock();
        }
    }

    private Outcome recompute(List<Long> ids, LocalDate today, long start) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "state-refresh");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RequestService.Recomputed>> batches = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                batches.add(pool.submit(() -> writer.recompute(batch, today)));
            }
            int examined = 0;
            int changed = 0;
            int failed = 0;
            int failedBatches = 0;
            for (Future<RequestService.Recomputed> batch : batches) {
                try {
                    RequestService.Recomputed done = batch.get();
                    examined += done.examined();
                    changed += done.changed();
                    failed += done.failed();
                } catch (ExecutionException e) {
                    // rolled back as a whole (a lock timeout, a lost connection): still expired, so the next run retries it
                    failedBatches++;
                    LOG.errorf(e.getCause(), "A batch of the state refresh failed and was rolled back");
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

    /** Claims today's run of a daily job for this instance; false when another instance already has it. */
    public boolean claim(String job, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE daily_job SET last_run = ?1 WHERE name = ?2 AND last_run < ?1")
                .setParameter(1, today).setParameter(2, job).executeUpdate() == 1);
    }
}
