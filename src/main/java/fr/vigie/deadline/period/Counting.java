package fr.vigie.deadline.period;

/** Whether the period is a délai franc, and in which reading (LEGAL.md §1, policy B). */
public enum Counting {
    /** last day = trigger + period. */
    PLAIN,
    /** Délai franc, reading A: last day = (trigger + period, clipped) + 1 day. */
    FRANC,
    /** Délai franc, reading B (policy B): last day = (trigger + 1 day) + period, clipped; differs from A after the 28th-31st. */
    FRANC_FROM_NEXT_DAY
}
