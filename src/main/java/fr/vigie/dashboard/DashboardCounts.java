package fr.vigie.dashboard;

/**
 * The dashboard's counters. "Overdue": a deadline of the body, the CADA or the CNIL passed with no answer
 * recorded. "Yours": the requester's own act-by dates (a CADA referral, a court), due within 7 days or missed.
 */
public record DashboardCounts(long open, long overdue, long dueWithin7Days, long atCada, long inCourt, long settled,
        long yoursWithin7Days, long yoursMissed) {
}
