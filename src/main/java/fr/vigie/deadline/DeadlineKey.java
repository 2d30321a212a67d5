package fr.vigie.deadline;

/** The deadlines the engine computes, each with the party who must act by it (or whose silence decides on it). */
public enum DeadlineKey {
    IMPLICIT_REFUSAL(Party.ADMINISTRATION, "Refus implicite (décision implicite de rejet)", "Implicit refusal"),
    CADA_REFERRAL_BY(Party.REQUESTER, "Saisine de la CADA", "Referral to the CADA"),
    CADA_AVIS_DUE(Party.CADA, "Avis de la CADA", "CADA opinion due"),
    CONFIRMED_REFUSAL(Party.ADMINISTRATION, "Refus implicite confirmé après la saisine de la CADA", "Implicit refusal confirmed after the CADA referral"),
    BODY_ANSWER_TO_AVIS_DUE(Party.ADMINISTRATION, "Réponse de l'administration à l'avis de la CADA", "Body's answer to the CADA opinion"),
    REASONS_DUE(Party.ADMINISTRATION, "Communication des motifs du refus implicite", "Reasons for the implicit refusal due"),
    COURT_BY(Party.REQUESTER, "Recours devant le tribunal administratif", "Action before the administrative court"),
    RESPONSE_DUE(Party.ADMINISTRATION, "Réponse à la demande", "Response due"),
    EXTENDED_RESPONSE_DUE(Party.ADMINISTRATION, "Réponse à la demande, délai prolongé", "Response due, extended period"),
    APPEAL_BY(Party.REQUESTER, "Recours administratif (administrative appeal)", "Administrative appeal"),
    APPEAL_DECISION_DUE(Party.ADMINISTRATION, "Décision sur le recours administratif", "Decision on the administrative appeal due"),
    INTERNAL_REVIEW_DUE(Party.ADMINISTRATION, "Réponse au réexamen interne", "Internal review due"),
    OBJECTION_BY(Party.REQUESTER, "Opposition (Widerspruch)", "Objection (Widerspruch)"),
    INACTION_SUIT_FROM(Party.REQUESTER, "Recours en carence (Untätigkeitsklage) possible", "Suit for inaction (Untätigkeitsklage) admissible");

    private final Party party;
    private final Text subject;

    DeadlineKey(Party party, String subjectFr, String subjectEn) {
        this.party = party;
        this.subject = new Text(subjectFr, subjectEn);
    }

    /** Who must act by this date: the requester, or the body or the CADA whose silence then decides. */
    public Party party() {
        return party;
    }

    /** What the date is, as the first words of its explanation. */
    public Text subject() {
        return subject;
    }
}
