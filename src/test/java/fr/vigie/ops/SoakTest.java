package fr.vigie.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs the application for a while (10 minutes by default) under a steady rate of mixed reads and writes from
 * 127.0.0.1, and reports throughput, p50/p95 response times (measured from the moment each operation was due, so that
 * a stalled application shows as slow, not as fewer operations), errors (target zero) and the heap after GC every
 * 30 s with a no-growth verdict ({@link HeapTrend}). Exit status 1 on any error or a growing heap.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=fr.vigie.ops.SoakTest -Dexec.args="db=h2 minutes=10"
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=fr.vigie.ops.SoakTest \
 *     -Dexec.args="db=pg url=jdbc:postgresql://127.0.0.1:5432/vigie_soak minutes=10"   (an empty database, pg build)
 * </pre>
 * Other arguments: rate= (20 operations per second), writes= (20, percent of writes), threads= (8), port= (18700), jvm=.
 */
public final class SoakTest {

    private static final int SAMPLE_SECONDS = 30;

    private SoakTest() {
    }

    public static void main(String[] argv) throws Exception {
        RunTarget target = RunTarget.of(argv);
        Duration duration = Duration.ofMinutes(Long.parseLong(target.get("minutes", "10")));
        int rate = Integer.parseInt(target.get("rate", "20"));
        int writePercent = Integer.parseInt(target.get("writes", "20"));
        AppProcess app = target.freshApp("soak", "url", target.port(18700));
        System.out.printf("Soak test on %s for %s: %d operations/s, %d %% writes, JVM %s, log %s%n", target.db(), duration,
                rate, writePercent, target.get("jvm", "-Xmx512m"), app.logFile());
        System.out.printf("started in %d ms, pid %d%n", app.start().toMillis(), app.pid());
        SoakOperations operations = SoakOperations.seed(ApiClient.login(app.baseUri(), "admin", app.adminPassword())
                .withTimeout(Duration.ofSeconds(60)), 10);
        Latencies reads = new Latencies();
        Latencies writes = new Latencies();
        HeapTrend heap = new HeapTrend();

        // daemon threads: if the harness fails, the load stops with it
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService workers = Executors.newFixedThreadPool(Integer.parseInt(target.get("threads", "8")), daemons);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemons);
        ticker.scheduleAtFixedRate(() -> {
            long due = System.nanoTime();
            boolean write = ThreadLocalRandom.current().nextInt(100) < writePercent;
            workers.execute(() -> {
                boolean ok = false;
                try {
                    ok = write ? operations.write() : operations.read();
                } catch (RuntimeException e) {
                    // counted as an error below, never lost from the figures
                    e.printStackTrace();
                } finally {
                    (write ? writes : reads).record(System.nanoTime() - due, !ok);
                }
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);

        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(SAMPLE_SECONDS * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            sample(app, heap, (System.nanoTime() - begin) / 1e9, reads, writes);
        }
        ticker.shutdown();
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - begin) / 1e9;
        app.stop();

        Latencies.Summary r = reads.total();
        Latencies.Summary w = writes.total();
        System.out.printf("throughput %.1f operations/s over %.0f s (%d operations)%n", (r.count() + w.count()) / seconds,
                seconds, r.count() + w.count());
        System.out.println("reads:  " + r);
        System.out.println("writes: " + w);
        System.out.println("heap: " + heap.verdict());
        boolean pass = r.errors() + w.errors() == 0 && heap.enoughSamples() && !heap.grows();
        System.out.println(pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }

    private static void sample(AppProcess app, HeapTrend heap, double seconds, Latencies reads, Latencies writes)
            throws IOException, InterruptedException {
        long used = app.heapUsedBytes();
        long afterGc = app.heapAfterGcBytes();
        heap.add(seconds, afterGc);
        System.out.printf("%4.0f s  heap used %5.1f MB, after GC %5.1f MB, RSS %5.1f MB | reads %s | writes %s%n", seconds,
                used / 1048576.0, afterGc / 1048576.0, app.rssBytes() / 1048576.0, reads.window(), writes.window());
    }
}
