package fr.vigie.deadline;

/** The deadlines the engine computes; {@link Deadline#key()} is the name of one of them. */
public enum DeadlineKey {
    IMPLICIT_REFUSAL("Refus implicite (décision implicite de rejet)", "Implicit refusal"),
    CADA_REFERRAL_BY("Saisine de la CADA", "Referral to the CADA"),
    CADA_AVIS_DUE("Avis de la CADA", "CADA opinion due"),
    CONFIRMED_REFUSAL("Refus implicite confirmé après la saisine de la CADA", "Implicit refusal confirmed after the CADA referral"),
    BODY_ANSWER_TO_AVIS_DUE("Réponse de l'administration à l'avis de la CADA", "Body's answer to the CADA opinion"),
    REASONS_DUE("Communication des motifs du refus implicite", "Reasons for the implicit refusal due"),
    COURT_BY("Recours devant le tribunal administratif", "Action before the administrative court"),
    RESPONSE_DUE("Réponse à la demande", "Response due"),
    EXTENDED_RESPONSE_DUE("Réponse à la demande, délai prolongé", "Response due, extended period"),
    APPEAL_BY("Recours administratif (administrative appeal)", "Administrative appeal"),
    APPEAL_DECISION_DUE("Décision sur le recours administratif", "Decision on the administrative appeal due"),
    INTERNAL_REVIEW_DUE("Réponse au réexamen interne", "Internal review due"),
    OBJECTION_BY("Opposition (Widerspruch)", "Objection (Widerspruch)"),
    INACTION_SUIT_FROM("Recours en carence (Untätigkeitsklage) possible", "Suit for inaction (Untätigkeitsklage) admissible");

    private final Text subject;

    DeadlineKey(String subjectFr, String subjectEn) {
        this.subject = new Text(subjectFr, subjectEn);
    }

    /** What the date is, as the first words of its explanation. */
    public Text subject() {
        return subject;
    }
}
