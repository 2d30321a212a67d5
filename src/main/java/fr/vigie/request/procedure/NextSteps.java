package fr.vigie.request.procedure;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.request.RequestStage;
import fr.vigie.request.timeline.RequestEventType;

/** The next action of each stage, with its legal act-by date when there is one. */
final class NextSteps {

    private NextSteps() {
    }

    static NextAction of(Regime regime, RequestStage stage, Timeline t, Deadlines d) {
        return switch (stage) {
            case DRAFT -> step("SEND", Party.REQUESTER);
            case AWAITING_ANSWER -> regime == Regime.FR_CRPA
                    ? deadline(d, "IMPLICIT_REFUSAL")
                    : d.get("EXTENDED_RESPONSE_DUE").map(NextSteps::toAction).orElse(deadline(d, "RESPONSE_DUE"));
            case REFUSED -> switch (regime) {
                case FR_CRPA -> deadline(d, "CADA_REFERRAL_BY");
                case US_FOIA -> deadline(d, "APPEAL_BY");
                case DE_IFG -> deadline(d, "OBJECTION_BY");
                case UK_FOIA -> step("REQUEST_INTERNAL_REVIEW", Party.REQUESTER);
                case FR_GDPR -> step("COMPLAIN_TO_CNIL", Party.REQUESTER);
            };
            case UNDER_REVIEW -> switch (regime) {
                case FR_CRPA -> t.has(RequestEventType.CADA_REGISTERED)
                        ? deadline(d, "CADA_AVIS_DUE") : step("AWAIT_CADA_REGISTRATION", Party.CADA);
                case US_FOIA -> deadline(d, "APPEAL_DECISION_DUE");
                case UK_FOIA -> deadline(d, "INTERNAL_REVIEW_DUE");
                default -> step("AWAIT_REVIEW_DECISION", Party.ADMINISTRATION);
            };
            case AWAITING_DECISION -> deadline(d, "BODY_ANSWER_TO_AVIS_DUE");
            case FINAL_REFUSAL -> regime == Regime.FR_CRPA ? deadline(d, "COURT_BY") : step("GO_TO_COURT", Party.REQUESTER);
            case IN_COURT -> step("FOLLOW_COURT_CASE", Party.REQUESTER);
            case JUDGED -> step("ENFORCE_OR_APPEAL", Party.REQUESTER);
            case ANSWERED, WITHDRAWN, CLOSED -> null;
        };
    }

    private static NextAction deadline(Deadlines d, String key) {
        return d.get(key).map(NextSteps::toAction).orElse(null);
    }

    private static NextAction toAction(Deadline deadline) {
        return new NextAction(deadline.key().name(), deadline.date(), deadline.party());
    }

    private static NextAction step(String key, Party party) {
        return new NextAction(key, null, party);
    }

}
