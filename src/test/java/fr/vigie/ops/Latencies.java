package fr.vigie.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of operation, whole run and since the last window; thread-safe. */
final class Latencies {

    record Summary(int count, int errors, double p50Millis, double p95Millis, double maxMillis) {
        @Override
        public String toString() {
            return String.format("%d ops, %d errors, p50 %.1f ms, p95 %.1f ms, max %.0f ms", count, errors, p50Millis,
                    p95Millis, maxMillis);
        }
    }

    private final List<Long> all = new ArrayList<>();
    private final List<Long> window = new ArrayList<>();
    private int errors;
    private int windowErrors;

    synchronized void record(long nanos, boolean error) {
        all.add(nanos);
        window.add(nanos);
        if (error) {
            errors++;
            windowErrors++;
        }
    }

    synchronized Summary total() {
        return summary(all, errors);
    }

    /** The operations since the previous call, then starts a new window. */
    synchronized Summary window() {
        Summary summary = summary(window, windowErrors);
        window.clear();
        windowErrors = 0;
        return summary;
    }

    private static Summary summary(List<Long> nanos, int errors) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Summary(sorted.size(), errors, percentile(sorted, 0.50), percentile(sorted, 0.95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1) / 1e6;
    }
}
