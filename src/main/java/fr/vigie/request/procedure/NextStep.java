package fr.vigie.request.procedure;

import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Party;

/**
 * What should happen next on a request: who acts, the deadline that dates it (none for a step the law does
 * not date), and the event that records it once done. Stored by name as the request's next action.
 */
public enum NextStep {
    SEND(Party.REQUESTER, RequestEventType.SENT),
    /** France: the body's month to answer (R311-13); its silence then is a refusal. */
    IMPLICIT_REFUSAL(DeadlineKey.IMPLICIT_REFUSAL, RequestEventType.ANSWER),
    RESPONSE_DUE(DeadlineKey.RESPONSE_DUE, RequestEventType.ANSWER),
    EXTENDED_RESPONSE_DUE(DeadlineKey.EXTENDED_RESPONSE_DUE, RequestEventType.ANSWER),
    CADA_REFERRAL_BY(DeadlineKey.CADA_REFERRAL_BY, RequestEventType.CADA_REFERRAL_SENT),
    APPEAL_BY(DeadlineKey.APPEAL_BY, RequestEventType.APPEAL_SENT),
    OBJECTION_BY(DeadlineKey.OBJECTION_BY, RequestEventType.APPEAL_SENT),
    REQUEST_INTERNAL_REVIEW(Party.REQUESTER, RequestEventType.APPEAL_SENT),
    /** The CNIL complaint is not an event of the timeline yet: closing the request is what can be recorded. */
    COMPLAIN_TO_CNIL(Party.REQUESTER, RequestEventType.CLOSED),
    AWAIT_CADA_REGISTRATION(Party.CADA, RequestEventType.CADA_REGISTERED),
    CADA_AVIS_DUE(DeadlineKey.CADA_AVIS_DUE, RequestEventType.CADA_AVIS),
    APPEAL_DECISION_DUE(DeadlineKey.APPEAL_DECISION_DUE, RequestEventType.ANSWER),
    INTERNAL_REVIEW_DUE(DeadlineKey.INTERNAL_REVIEW_DUE, RequestEventType.ANSWER),
    AWAIT_REVIEW_DECISION(Party.ADMINISTRATION, RequestEventType.ANSWER),
    BODY_ANSWER_TO_AVIS_DUE(DeadlineKey.BODY_ANSWER_TO_AVIS_DUE, RequestEventType.DECISION_AFTER_AVIS),
    COURT_BY(DeadlineKey.COURT_BY, RequestEventType.COURT_FILED),
    GO_TO_COURT(Party.REQUESTER, RequestEventType.COURT_FILED),
    FOLLOW_COURT_CASE(Party.REQUESTER, RequestEventType.JUDGMENT),
    ENFORCE_OR_APPEAL(Party.REQUESTER, RequestEventType.CLOSED);

    private final DeadlineKey deadline;
    private final Party party;
    private final RequestEventType recordedBy;

    NextStep(DeadlineKey deadline, RequestEventType recordedBy) {
        this.deadline = deadline;
        this.party = deadline.party();
        this.recordedBy = recordedBy;
    }

    NextStep(Party party, RequestEventType recordedBy) {
        this.deadline = null;
        this.party = party;
        this.recordedBy = recordedBy;
    }

    /** The deadline that dates this step; null when the law sets none. */
    public DeadlineKey deadline() {
        return deadline;
    }

    /** Who must act: the requester, or the body or the CADA being waited on. */
    public Party party() {
        return party;
    }

    /** The event that records this step as done (the form the next-action box opens). */
    public RequestEventType recordedBy() {
        return recordedBy;
    }
}
