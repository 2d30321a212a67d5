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
    TRANSFERRED(EventField.TO_BODY),
    EXTENSION_NOTIFIED,
    ANSWER(EventField.OUTCOME),
    DOCUMENTS_RECEIVED,
    CADA_REFERRAL_SENT,
    CADA_REGISTERED(EventField.CASE_NUMBER),
    CADA_AVIS(EventField.AVIS),
    DECISION_AFTER_AVIS(EventField.OUTCOME),
    REASONS_ASKED,
    REASONS_GIVEN,
    /** Internal review (UK), administrative appeal (US), Widerspruch (DE). */
    APPEAL_SENT,
    COURT_FILED(EventField.CASE_NUMBER),
    JUDGMENT,
    WITHDRAWN,
    CLOSED;

    private static final Set<RequestEventType> CRPA_ONLY = EnumSet.of(CADA_REFERRAL_SENT, CADA_REGISTERED, CADA_AVIS,
            DECISION_AFTER_AVIS, REASONS_ASKED, REASONS_GIVEN);
    /** Events that happen once in a procedure; a second one is a correction of the first. */
    private static final Set<RequestEventType> ONCE = EnumSet.of(SENT, EXTENSION_NOTIFIED, CADA_REFERRAL_SENT,
            CADA_REGISTERED, CADA_AVIS, DECISION_AFTER_AVIS, REASONS_ASKED, REASONS_GIVEN, APPEAL_SENT, COURT_FILED,
            WITHDRAWN, CLOSED);

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
