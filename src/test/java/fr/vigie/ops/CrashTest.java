package fr.vigie.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kills the application with SIGKILL while writer threads record requests, events and documents through the API,
 * several times, and after each restart checks that every acknowledged write is there and nothing is half-written
 * ({@link CrashAudit}). Exit status 1 when anything was lost or partial, or the application did not restart.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=fr.vigie.ops.CrashTest -Dexec.args="db=h2 rounds=5"
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=fr.vigie.ops.CrashTest \
 *     -Dexec.args="db=pg url=jdbc:postgresql://127.0.0.1:5432/vigie_crash rounds=5"   (an empty database, pg build)
 * </pre>
 * Other arguments: threads= (4), documentKb= (64, largest document), port= (18690), jvm= (-Xmx512m).
 */
public final class CrashTest {

    private CrashTest() {
    }

    public static void main(String[] argv) throws Exception {
        RunTarget target = RunTarget.of(argv);
        int rounds = Integer.parseInt(target.get("rounds", "5"));
        int threads = Integer.parseInt(target.get("threads", "4"));
        int documentBytes = 1024 * Integer.parseInt(target.get("documentKb", "64"));
        AppProcess app = target.freshApp("crash", "url", target.port(18690));
        System.out.printf("Crash test on %s: %d rounds, %d writer threads, documents up to %d KB, log %s%n",
                target.db(), rounds, threads, documentBytes / 1024, app.logFile());
        System.out.printf("first start %d ms%n", app.start().toMillis());
        ApiClient api = ApiClient.login(app.baseUri(), "admin", app.adminPassword());
        Workload workload = Workload.prepare(api);
        Ledger ledger = new Ledger();
        List<Long> restartMillis = new ArrayList<>();
        long lost = 0;
        long partial = 0;
        for (int round = 1; round <= rounds; round++) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> writers = startWriters(threads, running, workload, ledger, documentBytes);
            long loadMillis = ThreadLocalRandom.current().nextLong(3_000, 10_000);
            Thread.sleep(loadMillis);
            long acknowledgedAtKill = ledger.acknowledged();
            app.kill();
            running.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            long restart = app.start().toMillis();
            restartMillis.add(restart);
            CrashAudit.Findings findings = CrashAudit.run(api, ledger);
            // each audit checks every write acknowledged since the start: the worst round is the total
            lost = Math.max(lost, findings.lost());
            partial = Math.max(partial, findings.partial());
            System.out.printf("round %d: killed (SIGKILL) after %d ms of load, %d writes acknowledged so far, restart %d ms, "
                    + "%d requests checked, lost %d, partial %d (all rounds so far)%n", round, loadMillis, acknowledgedAtKill, restart,
                    findings.requests(), findings.lost(), findings.partial());
            findings.details().stream().limit(10).forEach(d -> System.out.println("  " + d));
        }
        app.stop();
        System.out.printf("acknowledged writes %d (requests %d, documents %d), writes without reply (cut by a kill) %d, "
                + "error replies %d%n", ledger.acknowledged(), ledger.eventsByRequest().size(), ledger.documents().size(),
                ledger.unanswered(), ledger.refused());
        System.out.printf("restart after SIGKILL: min %d ms, max %d ms%n", restartMillis.stream().mapToLong(x -> x).min().orElse(0),
                restartMillis.stream().mapToLong(x -> x).max().orElse(0));
        boolean pass = lost == 0 && partial == 0 && ledger.refused() == 0;
        System.out.printf("%s: %d rounds, lost %d, partial %d%n", pass ? "PASS" : "FAIL", rounds, lost, partial);
        System.exit(pass ? 0 : 1);
    }

    private static List<Thread> startWriters(int count, AtomicBoolean running, Workload workload, Ledger ledger,
            int documentBytes) {
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread writer = new Thread(() -> {
                while (running.get()) {
                    try {
                        workload.writeCase(ledger, documentBytes);
                    } catch (IOException cutByTheKill) {
                        ledger.noReply();
                    } catch (RuntimeException e) {
                        // an unreadable reply: reported with the error replies, and the writer goes on
                        e.printStackTrace();
                        ledger.errorReply();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "writer-" + i);
            // if the harness fails, its writers must not keep it (and their writes) going
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
        return writers;
    }
}
