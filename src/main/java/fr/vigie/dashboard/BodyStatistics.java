package fr.vigie.dashboard;

import java.util.Map;

/**
 * How one body answers: requests sent, answered within the legal time (%), median days to a first
 * answer, overdue now, refusals, CADA referrals, the CADA's avis, and favourable avis the body ignored.
 */
public record BodyStatistics(long bodyId, String bodyName, long sent, long answered, long answeredInTime,
        Double medianDaysToAnswer, long overdueNow, long refusals, long cadaReferrals, Map<String, Long> avis,
        long favourableIgnored) {

    /** Share of sent requests answered within the legal time, in percent; null before any was sent. */
    public Integer answeredInTimePercent() {
        return sent == 0 ? null : (int) Math.round(100.0 * answeredInTime / sent);
    }

    public long avis(String kind) {
        return avis.getOrDefault(kind, 0L);
    }
}
