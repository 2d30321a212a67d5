package fr.vigie.request.procedure;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a request stands, derived from its timeline and today's date; stored for lists and the dashboard. */
public enum RequestStage {
    /** Not sent yet. */
    DRAFT,
    /** Sent; the administration's time to answer runs. */
    AWAITING_ANSWER,
    /** Refused (expressly, or by silence): the requester's move (CADA referral, appeal, objection). */
    REFUSED,
    /** Before the CADA, or in an internal review / administrative appeal. */
    UNDER_REVIEW,
    /** A complaint to the CNIL (or indirect access through it) is under way. */
    BEFORE_CNIL,
    /** The CADA gave its avis: the body must say what it will do. */
    AWAITING_DECISION,
    /** Refusal confirmed after the review: the court is the next step. */
    FINAL_REFUSAL,
    IN_COURT,
    JUDGED,
    /** Fully answered. */
    ANSWERED,
    WITHDRAWN,
    CLOSED;

    /** The stages in which nothing more is expected from anyone: the one definition of "settled". */
    public static final Set<RequestStage> SETTLED = Collections.unmodifiableSet(EnumSet.of(ANSWERED, WITHDRAWN, CLOSED));

    public boolean isSettled() {
        return SETTLED.contains(this);
    }
}
