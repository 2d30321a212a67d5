package fr.vigie.request.procedure;

import java.util.EnumSet;
import java.util.Set;

import fr.vigie.deadline.Regime;

/** What can happen to a request, in the order a procedure usually goes, each with the fields it carries. */
public enum RequestEventType {
    SENT(EventField.CHANNEL),
    RECEIVED(EventField.ACKNOWLEDGED),
    CLARIFICATION_ASKED,
    CLARIFICATION_GIVEN,
    /** Forwarded to the competent body, dated the day that body received it (L114-2 CRPA). */
    TRANSFERRED(EventField.TO_BODY),
    EXTENSION_NOTIFIED,
    ANSWER(EventField.OUTCOME, EventField.REMEDIES_STATED),
    DOCUMENTS_RECEIVED,
    CADA_REFERRAL_SENT,
    CADA_REGISTERED(EventField.CASE_NUMBER),
    CADA_AVIS(EventField.AVIS),
    DECISION_AFTER_AVIS(EventField.OUTCOME, EventField.REMEDIES_STATED),
    REASONS_ASKED,
    REASONS_GIVEN,
    /** A recours gracieux to the body, dated its receipt (L411-2 CRPA). */
    RECOURS_GRACIEUX_RECEIVED,
    /** The body's express rejection of the recours gracieux (its silence for two months is one too, L231-4). */
    RECOURS_GRACIEUX_REJECTED(EventField.REMEDIES_STATED),
    /** An application for legal aid (décret 2020-1717 art. 43): it interrupts the court period. */
    LEGAL_AID_REQUESTED,
    LEGAL_AID_DECIDED,
    /** Internal review (UK), administrative appeal (US), Widerspruch (DE). */
    APPEAL_SENT,
    /** The Information Commissioner's decision notice (UK FOIA s.50). */
    ICO_DECISION_NOTICE,
    /** A complaint to the CNIL, dated its receipt (GDPR art. 77). */
    CNIL_COMPLAINT_RECEIVED,
    /** The CNIL's decision on the complaint. */
    CNIL_DECISION(EventField.REMEDIES_STATED),
    /** Indirect access to police or intelligence files through the CNIL (loi 78-17). */
    INDIRECT_ACCESS_REQUESTED,
    COURT_FILED(EventField.CASE_NUMBER),
    JUDGMENT,
    /** The judgment notified to the requester: the periods after it run from this date. */
    JUDGMENT_NOTIFIED,
    WITHDRAWN,
    CLOSED;

    private static final Set<RequestEventType> CRPA_ONLY = EnumSet.of(CADA_REFERRAL_SENT, CADA_REGISTERED, CADA_AVIS,
            DECISION_AFTER_AVIS, REASONS_ASKED, REASONS_GIVEN, RECOURS_GRACIEUX_RECEIVED, RECOURS_GRACIEUX_REJECTED,
            LEGAL_AID_REQUESTED, LEGAL_AID_DECIDED, JUDGMENT_NOTIFIED);
    private static final Set<RequestEventType> GDPR_ONLY = EnumSet.of(CNIL_COMPLAINT_RECEIVED, CNIL_DECISION,
            INDIRECT_ACCESS_REQUESTED);
    /** Events that happen once in a procedure; a second one is a correction of the first. */
    private static final Set<RequestEventType> ONCE = EnumSet.of(SENT, EXTENSION_NOTIFIED, CADA_REFERRAL_SENT,
            CADA_REGISTERED, CADA_AVIS, DECISION_AFTER_AVIS, REASONS_ASKED, REASONS_GIVEN, RECOURS_GRACIEUX_RECEIVED,
            RECOURS_GRACIEUX_REJECTED, LEGAL_AID_REQUESTED, LEGAL_AID_DECIDED, APPEAL_SENT, ICO_DECISION_NOTICE,
            CNIL_COMPLAINT_RECEIVED, CNIL_DECISION, INDIRECT_ACCESS_REQUESTED, COURT_FILED, JUDGMENT_NOTIFIED, WITHDRAWN,
            CLOSED);

    private final EnumSet<EventField> fields;

    RequestEventType(EventField... fields) {
        this.fields = EnumSet.noneOf(EventField.class);
        this.fields.addAll(java.util.Arrays.asList(fields));
    }

    /** The fields this type carries beside date and note; others given with it are dropped. */
    public Set<EventField> fields() {
        return EnumSet.copyOf(fields);
    }

    public boolean has(EventField field) {
        return fields.contains(field);
    }

    public boolean appliesTo(Regime regime) {
        if (CRPA_ONLY.contains(this)) {
            return regime == Regime.FR_CRPA;
        }
        if (GDPR_ONLY.contains(this)) {
            return regime == Regime.FR_GDPR;
        }
        if (this == ICO_DECISION_NOTICE) {
            return regime == Regime.UK_FOIA;
        }
        if (this == EXTENSION_NOTIFIED) {
            return regime == Regime.FR_GDPR || regime == Regime.US_FOIA;
        }
        if (this == APPEAL_SENT) {
            return regime == Regime.US_FOIA || regime == Regime.UK_FOIA || regime == Regime.DE_IFG;
        }
        return true;
    }

    public boolean happensOnce() {
        return ONCE.contains(this);
    }
}
