package fr.vigie.letter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import fr.vigie.deadline.Regime;
import fr.vigie.request.procedure.NextStep;

/** Every letter of the procedure, and the regimes that have it. */
public enum LetterKind {
    /** The first request: CRPA, GDPR art. 15, US FOIA, UK FOIA, IFG. */
    REQUEST(EnumSet.allOf(Regime.class)),
    /** A reminder (relance) while the body is still within or just past its time. */
    REMINDER(EnumSet.allOf(Regime.class)),
    /** The reasons of an implicit refusal, L232-4 CRPA. */
    REASONS_REQUEST(EnumSet.of(Regime.FR_CRPA)),
    /** Referral to the CADA, L342-1 and R343-1 CRPA. */
    CADA_REFERRAL(EnumSet.of(Regime.FR_CRPA)),
    /** One referral for the same documents refused by several bodies (L342-1, R343-3-1 CRPA). */
    GROUPED_CADA_REFERRAL(EnumSet.of(Regime.FR_CRPA)),
    RECOURS_GRACIEUX(EnumSet.of(Regime.FR_CRPA)),
    /** Requête to the tribunal administratif, R411-1 and R421-1 CJA. */
    COURT_APPLICATION(EnumSet.of(Regime.FR_CRPA)),
    /** Complaint to the CNIL, GDPR art. 77. */
    CNIL_COMPLAINT(EnumSet.of(Regime.FR_GDPR)),
    /** Administrative appeal, 5 U.S.C. 552(a)(6)(A). */
    FOIA_APPEAL(EnumSet.of(Regime.US_FOIA)),
    /** Internal review, FOIA 2000 s.45 Code of Practice. */
    INTERNAL_REVIEW(EnumSet.of(Regime.UK_FOIA)),
    /** Objection, §9(4) IFG and §§68-70 VwGO. */
    WIDERSPRUCH(EnumSet.of(Regime.DE_IFG));

    private final Set<Regime> regimes;

    LetterKind(Set<Regime> regimes) {
        this.regimes = regimes;
    }

    public boolean appliesTo(Regime regime) {
        return regimes.contains(regime);
    }

    /** The kind named exactly {@code name}; empty for anything else (an unknown kind is a 404). */
    public static Optional<LetterKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    /**
     * The timeline event that sending this letter records ({@code RequestEventType} name), or null when the
     * procedure has no event for it (a reminder, a recours gracieux, a CNIL complaint).
     */
    public String eventType() {
        return switch (this) {
            case REQUEST -> "SENT";
            case REASONS_REQUEST -> "REASONS_ASKED";
            case CADA_REFERRAL, GROUPED_CADA_REFERRAL -> "CADA_REFERRAL_SENT";
            case COURT_APPLICATION -> "COURT_FILED";
            case FOIA_APPEAL, INTERNAL_REVIEW, WIDERSPRUCH -> "APPEAL_SENT";
            case REMINDER, RECOURS_GRACIEUX, CNIL_COMPLAINT -> null;
        };
    }

    /**
     * The letter that carries out a request's next step, for the next-action box; empty when the step is someone
     * else's to take or needs no letter. An exhaustive switch: a new step must say whether it has a letter.
     */
    public static Optional<LetterKind> forNextStep(NextStep step) {
        if (step == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (step) {
            case SEND -> REQUEST;
            case IMPLICIT_REFUSAL, RESPONSE_DUE, EXTENDED_RESPONSE_DUE -> REMINDER;
            case CADA_REFERRAL_BY -> CADA_REFERRAL;
            case COURT_BY, GO_TO_COURT -> COURT_APPLICATION;
            case APPEAL_BY -> FOIA_APPEAL;
            case REQUEST_INTERNAL_REVIEW, INTERNAL_REVIEW_REQUEST_BY -> INTERNAL_REVIEW;
            case OBJECTION_BY -> WIDERSPRUCH;
            case COMPLAIN_TO_CNIL -> CNIL_COMPLAINT;
            case AWAIT_CADA_REGISTRATION, CADA_AVIS_DUE, APPEAL_DECISION_DUE, INTERNAL_REVIEW_DUE, AWAIT_REVIEW_DECISION,
                    BODY_ANSWER_TO_AVIS_DUE, CNIL_IMPLICIT_REJECTION, CNIL_INDIRECT_ACCESS_DUE, AWAIT_CNIL,
                    RECOURS_GRACIEUX_IMPLICIT_REJECTION, CONSEIL_ETAT_BY, ICO_COMPLAINT_BY, TRIBUNAL_APPEAL_BY, SUIT_BY,
                    FOLLOW_COURT_CASE, JUDGMENT_APPEAL_BY, ENFORCE_OR_APPEAL -> null;
        });
    }

    /** The file-name friendly form ("cada-referral"). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
