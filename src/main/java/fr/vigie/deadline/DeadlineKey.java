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
    INACTION_SUIT_FROM(Party.REQUESTER, "Recours en carence (Untätigkeitsklage) possible", "Suit for inaction (Untätigkeitsklage) admissible"),
    /** Present only when the deadlines are not enforceable (no compliant acknowledgement, remedies not stated). */
    ONE_YEAR_LIMIT(Party.REQUESTER, "Limite d'un an (délais non opposables)", "One-year outer limit (deadlines not enforceable)"),
    RECOURS_GRACIEUX_IMPLICIT_REJECTION(Party.ADMINISTRATION, "Rejet implicite du recours gracieux", "Implicit rejection of the recours gracieux"),
    JUDGMENT_APPEAL_BY(Party.REQUESTER, "Pourvoi en cassation devant le Conseil d'État", "Appeal on points of law to the Conseil d'État"),
    ENFORCEMENT_REQUEST_FROM(Party.REQUESTER, "Demande d'exécution du jugement possible", "Request to enforce the judgment admissible"),
    CNIL_INFORMATION_DUE(Party.CNIL, "Information par la CNIL sur la suite de la plainte", "CNIL to inform you of the progress or outcome of the complaint"),
    CNIL_IMPLICIT_REJECTION(Party.CNIL, "Rejet implicite de la plainte par la CNIL", "Implicit rejection of the complaint by the CNIL"),
    CONSEIL_ETAT_BY(Party.REQUESTER, "Recours devant le Conseil d'État contre la décision de la CNIL", "Action before the Conseil d'État against the CNIL's decision"),
    CNIL_INDIRECT_ACCESS_DUE(Party.CNIL, "Résultat des vérifications de la CNIL (accès indirect)", "Result of the CNIL's checks (indirect access)"),
    INTERNAL_REVIEW_REQUEST_BY(Party.REQUESTER, "Demande de réexamen interne", "Request for internal review"),
    ICO_COMPLAINT_BY(Party.REQUESTER, "Plainte à l'Information Commissioner (ICO)", "Complaint to the Information Commissioner (ICO)"),
    TRIBUNAL_APPEAL_BY(Party.REQUESTER, "Appel devant le First-tier Tribunal", "Appeal to the First-tier Tribunal"),
    SUIT_FROM(Party.REQUESTER, "Action en justice possible (recours administratifs épuisés)", "Suit admissible (administrative remedies exhausted)"),
    SUIT_BY(Party.REQUESTER, "Action en justice (prescription de six ans)", "Suit (six-year limit)");

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
