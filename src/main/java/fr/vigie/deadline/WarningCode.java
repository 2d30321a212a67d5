package fr.vigie.deadline;

/**
 * Something that happened but has no legal effect, or comes too late. The chain is computed as the law says,
 * ignoring the ineffective step; the warning says why ({@link WarningText} writes it out).
 */
public enum WarningCode {
    /** A CADA referral before any refusal existed: the CADA declares it inadmissible (R343-1). */
    PREMATURE_CADA_REFERRAL,
    /** A CADA referral sent after the R343-1 period: inadmissible; a new request reopens every period. */
    LATE_CADA_REFERRAL,
    /** Reasons asked while no implicit refusal existed: L232-4 only applies to an existing implicit refusal. */
    REASONS_REQUEST_WITHOUT_IMPLICIT_REFUSAL,
    /** A refusal after the period against the previous decision ran out: merely confirmative (CJA R421-2 al. 1). */
    CONFIRMATORY_DECISION,
    /** An express refusal after the CADA was seized: the referral stands (L342-1). */
    REFERRAL_ALREADY_MADE,
    /** A recours gracieux before any decision taken after the CADA: it does not replace the referral (L342-1). */
    RECOURS_GRACIEUX_BEFORE_CADA,
    /** A recours gracieux received after the court period: it interrupts nothing (L411-2). */
    LATE_RECOURS_GRACIEUX,
    /** Legal aid asked after the court period: it interrupts nothing (décret 2020-1717 art. 43). */
    LATE_LEGAL_AID_REQUEST,
    /** An extension notified after the first due date: not valid (GDPR art. 12(3); 5 U.S.C. 552(a)(6)(B)(i)). */
    LATE_EXTENSION,
    /** US: a request made before the FOIA Improvement Act 2016 applied: the agency's regulation sets the appeal time. */
    APPEAL_PERIOD_SET_BY_AGENCY,
    /** Germany: a Widerspruch after the one-month period (VwGO §70): it can be rejected as inadmissible. */
    LATE_OBJECTION
}
