package fr.vigie.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Heap in use after a full GC, sampled during a soak run, and whether it grows: the least-squares slope over the
 * samples after the warm-up, projected over the measured span, against 10 % of the mean. A leak of a few bytes per
 * request needs hours to show; this catches the gross ones that a ten-minute run can.
 */
final class HeapTrend {

    private static final double WARM_UP_SECONDS = 60;
    private static final double TOLERATED_GROWTH = 0.10;

    private final List<double[]> samples = new ArrayList<>();

    void add(double seconds, long afterGcBytes) {
        samples.add(new double[] { seconds, afterGcBytes / 1048576.0 });
    }

    private List<double[]> measured() {
        return samples.stream().filter(s -> s[0] >= WARM_UP_SECONDS).toList();
    }

    /** MB per hour, from the samples after the warm-up. */
    double slopeMbPerHour() {
        List<double[]> points = measured();
        double n = points.size();
        double meanT = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double meanMb = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double covariance = points.stream().mapToDouble(p -> (p[0] - meanT) * (p[1] - meanMb)).sum();
        double variance = points.stream().mapToDouble(p -> (p[0] - meanT) * (p[0] - meanT)).sum();
        return n < 3 || variance == 0 ? 0 : covariance / variance * 3600;
    }

    private double mean() {
        return measured().stream().mapToDouble(p -> p[1]).average().orElse(0);
    }

    private double span() {
        List<double[]> points = measured();
        return points.isEmpty() ? 0 : points.get(points.size() - 1)[0] - points.get(0)[0];
    }

    /** Growth over the measured span along the trend line, in MB. */
    private double growth() {
        return slopeMbPerHour() * span() / 3600;
    }

    boolean enoughSamples() {
        return measured().size() >= 3;
    }

    boolean grows() {
        return growth() > TOLERATED_GROWTH * mean();
    }

    /** The verdict, with the figures it rests on. */
    String verdict() {
        if (!enoughSamples()) {
            return "NOT ENOUGH SAMPLES (" + measured().size() + " after the first minute)";
        }
        return String.format("%s: after-GC heap mean %.1f MB, trend %+.1f MB over %.0f s (%+.1f MB/hour; tolerated %.1f MB)",
                grows() ? "GROWTH TREND" : "NO GROWTH TREND", mean(), growth(), span(), slopeMbPerHour(),
                TOLERATED_GROWTH * mean());
    }
}
