package fr.vigie.deadline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Throughput of full FR_CRPA chains (all seven events, varied dates, territories and
 * acknowledgements) on one thread, after a warm-up. The wall-clock figure drops when other
 * processes share the two cores; the figure per CPU-second of the thread does not. Run with:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fr.vigie.deadline.CrpaChainBenchmark}
 */
public final class CrpaChainBenchmark {

    private static final int INPUTS = 4096;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CrpaChainBenchmark() {
    }

    public static void main(String[] args) {
        List<ProcedureInput> inputs = fullChains(new Random(20251128L));
        DeadlineEngine engine = new DeadlineEngine();
        run(engine, inputs, WARM_UP_NANOS, false);
        Result chains = run(engine, inputs, MEASURE_NANOS, false);
        System.out.println("FR_CRPA full chains per second: " + chains.perSecond()
                + " (per CPU-second of the thread: " + chains.perCpuSecond() + "; checksum " + chains.checksum + ")");
        Result withText = run(engine, inputs, MEASURE_NANOS, true);
        System.out.println("FR_CRPA full chains per second, French explanations written: " + withText.perSecond()
                + " (per CPU-second: " + withText.perCpuSecond() + ")");
    }

    private record Result(long chains, long nanos, long cpuNanos, long checksum) {
        long perSecond() {
            return chains * 1_000_000_000L / nanos;
        }

        long perCpuSecond() {
            return chains * 1_000_000_000L / cpuNanos;
        }
    }

    private static Result run(DeadlineEngine engine, List<ProcedureInput> inputs, long duration, boolean writeText) {
        long checksum = 0;
        long chains = 0;
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long elapsed;
        do {
            for (int i = 0; i < 1024; i++) {
                for (Deadline deadline : engine.compute(inputs.get((int) (chains++ % INPUTS)))) {
                    checksum += deadline.date().toEpochDay() + deadline.alsoPossible().size();
                    if (writeText) {
                        checksum += deadline.explanation().fr().length();
                    }
                }
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < duration);
        return new Result(chains, elapsed, THREADS.getCurrentThreadCpuTime() - cpuStart, checksum);
    }

    /** Every FR_CRPA event, in procedure order, from requests received between 2000 and 2030. */
    private static List<ProcedureInput> fullChains(Random random) {
        String[] territories = {null, "75", "67", "971", "974"};
        Boolean[] acknowledgements = {null, Boolean.TRUE, Boolean.FALSE};
        List<ProcedureInput> inputs = new ArrayList<>(INPUTS);
        for (int i = 0; i < INPUTS; i++) {
            LocalDate received = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 30));
            LocalDate express = received.plusDays(random.nextInt(40));
            LocalDate registered = express.plusDays(random.nextInt(60));
            LocalDate avis = registered.plusDays(random.nextInt(45));
            LocalDate finalRefusal = avis.plusDays(random.nextInt(45));
            LocalDate reasonsRequested = registered.plusDays(60 + random.nextInt(30));
            LocalDate reasonsReceived = reasonsRequested.plusDays(random.nextInt(40));
            List<ProcedureEvent> events = List.of(
                    new ProcedureEvent(EventType.REQUEST_RECEIVED, received),
                    new ProcedureEvent(EventType.EXPRESS_REFUSAL, express),
                    new ProcedureEvent(EventType.CADA_REGISTERED, registered),
                    new ProcedureEvent(EventType.CADA_AVIS_RECEIVED, avis),
                    new ProcedureEvent(EventType.FINAL_REFUSAL, finalRefusal),
                    new ProcedureEvent(EventType.REASONS_REQUESTED, reasonsRequested),
                    new ProcedureEvent(EventType.REASONS_RECEIVED, reasonsReceived));
            inputs.add(new ProcedureInput(Regime.FR_CRPA, territories[i % territories.length], events,
                    acknowledgements[i % acknowledgements.length], List.of()));
        }
        return inputs;
    }
}
