package fr.vigie.deadline;

import java.util.Locale;

/**
 * The dated events a procedure is made of; each regime accepts some of them ({@link Regime#accepts}).
 * Declared in the order of a procedure: a regime's events are listed (and shown) in this order.
 */
public enum EventType {
    REQUEST_RECEIVED("réception de la demande", "receipt of the request"),
    /** FR_CRPA: the date the competent body received the request forwarded to it (L114-2). */
    TRANSFERRED("réception par l'administration compétente de la demande transmise", "receipt of the forwarded request by the competent body"),
    EXTENSION_NOTIFIED("notification de la prolongation", "notice of extension"),
    EXPRESS_REFUSAL("notification du refus exprès", "notification of the express refusal"),
    DECISION_NOTIFIED("notification de la décision", "notification of the decision"),
    ADVERSE_DETERMINATION("décision défavorable", "adverse determination"),
    /** FR_CRPA: the day the referral was sent (L112-1: postmark or electronic sending). */
    CADA_REFERRAL_SENT("envoi de la saisine de la CADA", "sending of the referral to the CADA"),
    CADA_REGISTERED("enregistrement de la saisine par la CADA", "registration of the referral by the CADA"),
    CADA_AVIS_RECEIVED("réception de l'avis de la CADA", "receipt of the CADA's opinion"),
    FINAL_REFUSAL("notification du refus après l'avis", "notification of the refusal after the opinion"),
    REASONS_REQUESTED("demande des motifs", "request for the reasons"),
    REASONS_RECEIVED("communication des motifs", "communication of the reasons"),
    APPEAL_RECEIVED("réception du recours administratif", "receipt of the administrative appeal"),
    APPEAL_DECIDED("décision sur le recours administratif", "determination of the administrative appeal"),
    INTERNAL_REVIEW_REQUESTED("demande de réexamen interne", "request for internal review"),
    INTERNAL_REVIEW_DECIDED("résultat du réexamen interne", "outcome of the internal review"),
    /** DE_IFG: the Widerspruch against the decision. */
    OBJECTION_FILED("dépôt de l'opposition (Widerspruch)", "filing of the objection (Widerspruch)"),
    OBJECTION_DECIDED("notification de la décision sur l'opposition (Widerspruchsbescheid)",
            "notification of the decision on the objection (Widerspruchsbescheid)"),
    /** UK_FOIA: the date the Information Commissioner's decision notice was sent. */
    ICO_DECISION_NOTICE("envoi de la décision de l'ICO (decision notice)", "sending of the ICO's decision notice"),
    RECOURS_GRACIEUX_RECEIVED("réception du recours gracieux", "receipt of the recours gracieux"),
    RECOURS_GRACIEUX_REJECTED("notification du rejet du recours gracieux", "notification of the rejection of the recours gracieux"),
    LEGAL_AID_REQUESTED("demande d'aide juridictionnelle", "application for legal aid"),
    LEGAL_AID_DECIDED("notification de la décision d'aide juridictionnelle", "notification of the legal aid decision"),
    JUDGMENT_NOTIFIED("notification du jugement", "notification of the judgment"),
    CNIL_COMPLAINT_RECEIVED("réception de la plainte par la CNIL", "receipt of the complaint by the CNIL"),
    CNIL_DECISION_NOTIFIED("notification de la décision de la CNIL sur la plainte", "notification of the CNIL's decision on the complaint"),
    /** FR_GDPR: a request to the CNIL to exercise the rights on files it alone can check (indirect access). */
    INDIRECT_ACCESS_REQUESTED("saisine de la CNIL pour un accès indirect", "request to the CNIL for indirect access");

    private final Text label;

    EventType(String labelFr, String labelEn) {
        this.label = new Text(labelFr, labelEn);
    }

    public Text label() {
        return label;
    }

    /** The event type named {@code name} (case-insensitive, trimmed); an unknown name is an error on {@code field}. */
    public static EventType parse(String name, String field) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (EventType type : values()) {
            if (type.name().equals(wanted)) {
                return type;
            }
        }
        throw new InvalidProcedureException(field, "type d'événement inconnu : « " + name + " »",
                "unknown event type: \"" + name + "\"");
    }
}
