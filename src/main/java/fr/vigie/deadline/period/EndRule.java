package fr.vigie.deadline.period;

/** What happens once the last day of a period is known. */
public enum EndRule {
    /** The date stands even on a non-working day: implicit decisions (policy A), administration deadlines (policy D). */
    KEEP,
    /** A last day on a Saturday, Sunday or holiday moves to the next working day (CPC 642; Reg. 1182/71 art. 3(4); BGB §193). */
    NEXT_WORKING_DAY,
    /**
     * A "from" date: the day after the period has run out (VwGO §75: not before the three months have expired;
     * CJA R921-1-1; 5 U.S.C. 552(a)(6)(C)(i): once the time limit has passed).
     */
    DAY_AFTER
}
