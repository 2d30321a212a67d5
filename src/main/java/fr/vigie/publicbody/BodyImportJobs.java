package fr.vigie.publicbody;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.web.Msg;

/**
 * CSV imports run on a thread of their own (issue 18, item 20), so that a big file neither holds the page's request
 * past a proxy's timeout nor leaves the user without news: the page follows the job's progress. Jobs live in this
 * instance's memory for an hour after they end; one import at a time per instance, the others wait their turn.
 */
@ApplicationScoped
public class BodyImportJobs {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BodyImportJobs.class);

    private final BodyImportService imports;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "vigie-body-import");
        thread.setDaemon(true);
        return thread;
    });

    BodyImportJobs(BodyImportService imports) {
        this.imports = imports;
    }

    /** One import: its progress while it runs, then its result or what refused it. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final CompletableFuture<BodyImportService.Result> outcome = new CompletableFuture<>();
        private volatile int written;
        private volatile int total = -1;
        private volatile Instant ended;

        public String id() {
            return id;
        }

        public int written() {
            return written;
        }

        /** Bodies to write, or -1 while the file is still being checked. */
        public int total() {
            return total;
        }

        public boolean finished() {
            return outcome.isDone();
        }

        /** Waits at most {@code wait} for the end; true when the import has ended. */
        public boolean await(Duration wait) {
            try {
                outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return true;
            }
            return true;
        }

        /** The result, or the import's own exception (a 422 listing bad lines, a conflict...) thrown again. */
        public BodyImportService.Result result() {
            try {
                return outcome.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public Job start(Msg msg, byte[] csv) {
        Instant now = Instant.now();
        jobs.values().removeIf(j -> j.ended != null && j.ended.plus(KEPT).isBefore(now));
        Job job = new Job();
        jobs.put(job.id, job);
        worker.execute(() -> {
            try {
                job.outcome.complete(imports.importCsv(msg, csv, (written, total) -> {
                    job.total = total;
                    job.written = written;
                }));
            } catch (fr.vigie.web.InvalidInputException e) {
                job.outcome.completeExceptionally(e); // bad lines: the page lists them
            } catch (RuntimeException | Error e) {
                LOG.error("Body import " + job.id + " failed", e);
                job.outcome.completeExceptionally(e);
            } finally {
                job.ended = Instant.now();
            }
        });
        return job;
    }

    /** The job, or null when this instance has none by that id (ended more than an hour ago, or never). */
    public Job find(String id) {
        return id == null ? null : jobs.get(id);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
