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
    /** UK: the internal review asked within the time the code of practice gives. */
    INTERNAL_REVIEW_REQUEST_BY(DeadlineKey.INTERNAL_REVIEW_REQUEST_BY, RequestEventType.APPEAL_SENT),
    COMPLAIN_TO_CNIL(Party.REQUESTER, RequestEventType.CNIL_COMPLAINT_RECEIVED),
    /** The CNIL's silence on a complaint is a rejection (décret 2019-536 art. 10). */
    CNIL_IMPLICIT_REJECTION(DeadlineKey.CNIL_IMPLICIT_REJECTION, RequestEventType.CNIL_DECISION),
    CNIL_INDIRECT_ACCESS_DUE(DeadlineKey.CNIL_INDIRECT_ACCESS_DUE, RequestEventType.CNIL_DECISION),
    AWAIT_CNIL(Party.CNIL, RequestEventType.CNIL_DECISION),
    /** The body's silence on a recours gracieux for two months is a rejection (L231-4 CRPA). */
    RECOURS_GRACIEUX_IMPLICIT_REJECTION(DeadlineKey.RECOURS_GRACIEUX_IMPLICIT_REJECTION, RequestEventType.RECOURS_GRACIEUX_REJECTED),
    AWAIT_CADA_REGISTRATION(Party.CADA, RequestEventType.CADA_REGISTERED),
    CADA_AVIS_DUE(DeadlineKey.CADA_AVIS_DUE, RequestEventType.CADA_AVIS),
    APPEAL_DECISION_DUE(DeadlineKey.APPEAL_DECISION_DUE, RequestEventType.ANSWER),
    INTERNAL_REVIEW_DUE(DeadlineKey.INTERNAL_REVIEW_DUE, RequestEventType.ANSWER),
    AWAIT_REVIEW_DECISION(Party.ADMINISTRATION, RequestEventType.ANSWER),
    BODY_ANSWER_TO_AVIS_DUE(DeadlineKey.BODY_ANSWER_TO_AVIS_DUE, RequestEventType.DECISION_AFTER_AVIS),
    COURT_BY(DeadlineKey.COURT_BY, RequestEventType.COURT_FILED),
    CONSEIL_ETAT_BY(DeadlineKey.CONSEIL_ETAT_BY, RequestEventType.COURT_FILED),
    ICO_COMPLAINT_BY(DeadlineKey.ICO_COMPLAINT_BY, RequestEventType.ICO_DECISION_NOTICE),
    TRIBUNAL_APPEAL_BY(DeadlineKey.TRIBUNAL_APPEAL_BY, RequestEventType.COURT_FILED),
    /** US: the six-year limit to sue once the administrative remedies are exhausted (28 U.S.C. 2401(a)). */
    SUIT_BY(DeadlineKey.SUIT_BY, RequestEventType.COURT_FILED),
    GO_TO_COURT(Party.REQUESTER, RequestEventType.COURT_FILED),
    FOLLOW_COURT_CASE(Party.REQUESTER, RequestEventType.JUDGMENT),
    /** The cassation before the Conseil d'État (R821-1 CJA); the request to enforce follows its own date. */
    JUDGMENT_APPEAL_BY(DeadlineKey.JUDGMENT_APPEAL_BY, RequestEventType.CLOSED),
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
