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
                case UK_FOIA -> step(NextStep.REQUEST_INTERNAL_REVIEW);
                case FR_GDPR -> step(NextStep.COMPLAIN_TO_CNIL);
            };
            case UNDER_REVIEW -> switch (regime) {
                case FR_CRPA -> t.has(RequestEventType.CADA_REGISTERED)
                        ? dated(d, NextStep.CADA_AVIS_DUE) : step(NextStep.AWAIT_CADA_REGISTRATION);
                case US_FOIA -> dated(d, NextStep.APPEAL_DECISION_DUE);
                case UK_FOIA -> dated(d, NextStep.INTERNAL_REVIEW_DUE);
                default -> step(NextStep.AWAIT_REVIEW_DECISION);
            };
            case AWAITING_DECISION -> dated(d, NextStep.BODY_ANSWER_TO_AVIS_DUE);
            case FINAL_REFUSAL -> regime == Regime.FR_CRPA ? dated(d, NextStep.COURT_BY) : step(NextStep.GO_TO_COURT);
            case IN_COURT -> step(NextStep.FOLLOW_COURT_CASE);
            case JUDGED -> step(NextStep.ENFORCE_OR_APPEAL);
            case ANSWERED, WITHDRAWN, CLOSED -> null;
        };
    }

    /** A dated step; none when its deadline is not computed (its trigger is not known yet). */
    private static NextAction dated(Deadlines d, NextStep step) {
        return d.date(step.deadline()).map(date -> new NextAction(step, date)).orElse(null);
    }

    private static NextAction step(NextStep step) {
        return new NextAction(step, null);
    }
}
