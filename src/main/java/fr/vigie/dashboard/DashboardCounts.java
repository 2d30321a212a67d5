package fr.vigie.dashboard;

/** The dashboard's counters. "Overdue": a deadline of the body or of the CADA passed with no answer recorded. */
public record DashboardCounts(long open, long overdue, long dueWithin7Days, long atCada, long inCourt, long settled) {
}
