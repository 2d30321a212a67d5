package fr.vigie.deadline;

import java.util.Locale;

/** The dated events a procedure is made of; each regime accepts some of them ({@link Regime#accepts}). */
public enum EventType {
    REQUEST_RECEIVED("réception de la demande", "receipt of the request"),
    EXPRESS_REFUSAL("notification du refus exprès", "notification of the express refusal"),
    CADA_REGISTERED("enregistrement de la saisine par la CADA", "registration of the referral by the CADA"),
    CADA_AVIS_RECEIVED("réception de l'avis de la CADA", "receipt of the CADA's opinion"),
    FINAL_REFUSAL("notification du refus après l'avis", "notification of the refusal after the opinion"),
    REASONS_REQUESTED("demande des motifs", "request for the reasons"),
    REASONS_RECEIVED("communication des motifs", "communication of the reasons"),
    EXTENSION_NOTIFIED("notification de la prolongation", "notice of extension"),
    ADVERSE_DETERMINATION("décision défavorable", "adverse determination"),
    APPEAL_RECEIVED("réception du recours administratif", "receipt of the administrative appeal"),
    INTERNAL_REVIEW_REQUESTED("demande de réexamen interne", "request for internal review"),
    DECISION_NOTIFIED("notification de la décision", "notification of the decision");

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
