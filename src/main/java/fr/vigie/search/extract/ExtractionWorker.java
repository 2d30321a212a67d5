package fr.vigie.search.extract;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import fr.vigie.search.index.Connections;

/**
 * Reads documents in the background, one at a time on this instance: claims one, reads it within the time
 * limit on a separate thread (a parser stuck in a damaged file is abandoned, and the next document gets a new
 * thread), stores the outcome. A failure is recorded on the document and never stops the worker.
 */
public final class ExtractionWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Connections db;
    private final TextExtractor extractor;
    private final Clock clock;
    private final Duration timeout;
    private final long maxBytes;
    private final String instance;
    private final Object wake = new Object();
    private volatile boolean running;
    private Thread thread;
    private ExecutorService reader = newReader();
    private Instant lastSweep = Instant.EPOCH;
    private volatile long done;
    private volatile long failed;

    public ExtractionWorker(Connections db, TextExtractor extractor, Clock clock, Duration timeout, long maxBytes,
            String instance) {
        this.db = db;
        this.extractor = extractor;
        this.clock = clock;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.instance = instance;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "search-extraction");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Looks for work at once (a document was added). */
    public void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Documents read and failed by this instance since it started. */
    public long done() {
        return done;
    }

    public long failed() {
        return failed;
    }

    public boolean ocrAvailable() {
        return extractor.ocrAvailable();
    }

    private void loop() {
        while (running) {
            boolean worked = false;
            try {
                worked = step();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Document reading: database unavailable, trying again shortly", e);
            } catch (InterruptedException e) {
                return;
            }
            if (!worked) {
                synchronized (wake) {
                    try {
                        wake.wait(2_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** Reads one document if one is waiting; false when there was nothing to do. */
    boolean step() throws SQLException, InterruptedException {
        Instant now = clock.instant();
        Optional<ExtractionQueue.Claim> claimed;
        try (Connection c = db.get()) {
            if (Duration.between(lastSweep, now).compareTo(SWEEP_EVERY) >= 0) {
                lastSweep = now;
                ExtractionQueue.enqueueMissing(c, null, now);
            }
            claimed = ExtractionQueue.claim(c, instance, now, now.minus(timeout.multipliedBy(2)));
        }
        if (claimed.isEmpty()) {
            return false;
        }
        read(claimed.get());
        return true;
    }

    private void read(ExtractionQueue.Claim claim) throws SQLException, InterruptedException {
        long begin = System.nanoTime();
        ExtractionStatus status;
        Extracted text = null;
        String error = null;
        if (claim.size() > maxBytes) {
            status = ExtractionStatus.TOO_LARGE;
            error = "larger than " + (maxBytes >> 20) + " MB";
        } else {
            byte[] bytes;
            try (Connection c = db.get()) {
                bytes = ExtractionQueue.bytes(c, claim.documentId());
            }
            Future<Extracted> reading = reader.submit(() -> extractor.extract(bytes, claim.fileName(), claim.contentType(),
                    (int) timeout.toSeconds()));
            try {
                text = reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                status = text.hasText() ? ExtractionStatus.DONE : ExtractionStatus.NO_TEXT;
                error = text.hasText() ? null : extractor.ocrAvailable() ? "no text found, OCR included" : "no text layer, and no OCR";
            } catch (TimeoutException e) {
                reading.cancel(true);
                reader.shutdownNow();
                reader = newReader();
                status = ExtractionStatus.FAILED;
                error = "time limit of " + timeout.toSeconds() + " s reached";
            } catch (java.util.concurrent.ExecutionException e) {
                status = ExtractionStatus.FAILED;
                error = describe(e.getCause());
            }
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        try (Connection c = db.get()) {
            ExtractionQueue.finish(c, claim, instance, status, text, error, millis, clock.instant());
        }
        if (status == ExtractionStatus.FAILED) {
            failed++;
            LOG.infof("Document %d (%s) not read: %s", claim.documentId(), claim.fileName(), error);
        } else {
            done++;
        }
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static ExecutorService newReader() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search-extraction-reader");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    @Override
    public synchronized void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
        reader.shutdownNow();
    }
}
