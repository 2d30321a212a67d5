package fr.vigie.deadline.period;

/** What a period counts. */
public enum PeriodUnit {
    /** Calendar days. */
    DAYS,
    /** Working days of the calendar, counted from the day after the trigger (FOIA s.10(1), policy I; 5 U.S.C. 552(a)(6)). */
    WORKING_DAYS,
    /** Months from quantième to quantième, clipped to the month's last day (CPC 641; Reg. 1182/71 art. 3(2)(c); BGB §188(2)-(3)). */
    MONTHS
}
