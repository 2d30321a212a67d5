package fr.vigie.request.procedure;

import fr.vigie.deadline.Regime;

/** The next step of each stage, dated by its deadline when the law sets one. */
final class NextActions {

    private NextActions() {
    }

    static NextAction of(Regime regime, RequestStage stage, Timeline t, Deadlines d) {
        return switch (stage) {
            case DRAFT -> step(NextStep.SEND);
            case AWAITING_ANSWER -> regime == Regime.FR_CRPA ? dated(d, NextStep.IMPLICIT_REFUSAL)
                    : d.get(NextStep.EXTENDED_RESPONSE_DUE.deadline()).isPresent() ? dated(d, NextStep.EXTENDED_RESPONSE_DUE)
                    : dated(d, NextStep.RESPONSE_DUE);
            case REFUSED -> switch (regime) {
                case FR_CRPA -> dated(d, NextStep.CADA_REFERRAL_BY);
                case US_FOIA -> dated(d, NextStep.APPEAL_BY);
                case DE_IFG -> dated(d, NextStep.OBJECTION_BY);
                case UK_FOIA -> orStep(dated(d, NextStep.INTERNAL_REVIEW_REQUEST_BY), NextStep.REQUEST_INTERNAL_REVIEW);
                case FR_GDPR -> step(NextStep.COMPLAIN_TO_CNIL);
            };
            case UNDER_REVIEW -> switch (regime) {
                case FR_CRPA -> StateResolver.recoursGracieuxPending(t) ? dated(d, NextStep.RECOURS_GRACIEUX_IMPLICIT_REJECTION)
                        : t.has(RequestEventType.CADA_REGISTERED) ? dated(d, NextStep.CADA_AVIS_DUE)
                        : step(NextStep.AWAIT_CADA_REGISTRATION);
                case US_FOIA -> dated(d, NextStep.APPEAL_DECISION_DUE);
                case UK_FOIA -> dated(d, NextStep.INTERNAL_REVIEW_DUE);
                default -> step(NextStep.AWAIT_REVIEW_DECISION);
            };
            case BEFORE_CNIL -> orStep(t.has(RequestEventType.CNIL_COMPLAINT_RECEIVED) ? dated(d, NextStep.CNIL_IMPLICIT_REJECTION)
                    : dated(d, NextStep.CNIL_INDIRECT_ACCESS_DUE), NextStep.AWAIT_CNIL);
            case AWAITING_DECISION -> dated(d, NextStep.BODY_ANSWER_TO_AVIS_DUE);
            case FINAL_REFUSAL -> orStep(switch (regime) {
                case FR_CRPA, DE_IFG -> dated(d, NextStep.COURT_BY);
                case FR_GDPR -> dated(d, NextStep.CONSEIL_ETAT_BY);
                case UK_FOIA -> t.has(RequestEventType.ICO_DECISION_NOTICE) ? dated(d, NextStep.TRIBUNAL_APPEAL_BY)
                        : dated(d, NextStep.ICO_COMPLAINT_BY);
                case US_FOIA -> dated(d, NextStep.SUIT_BY);
            }, NextStep.GO_TO_COURT);
            case IN_COURT -> step(NextStep.FOLLOW_COURT_CASE);
            case JUDGED -> orStep(dated(d, NextStep.JUDGMENT_APPEAL_BY), NextStep.ENFORCE_OR_APPEAL);
            case ANSWERED, WITHDRAWN, CLOSED -> null;
        };
    }

    /** A dated step; none when its deadline is not computed (its trigger is not known yet). */
    private static NextAction dated(Deadlines d, NextStep step) {
        return d.date(step.deadline()).map(date -> new NextAction(step, date)).orElse(null);
    }

    /** The dated step, or the undated one when its deadline is not computed. */
    private static NextAction orStep(NextAction dated, NextStep otherwise) {
        return dated != null ? dated : step(otherwise);
    }

    private static NextAction step(NextStep step) {
        return new NextAction(step, null);
    }
}
