package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineEngine;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.request.RequestStage;
import fr.vigie.request.SendingChannel;
import fr.vigie.request.timeline.RequestEventType;

/**
 * Folds a timeline into a {@link ProcedureState}: a pure function of (regime, territory, events, today).
 * Silence matters: in France, one month without an answer is a refusal (R311-13 CRPA), two months after
 * the CADA registered the referral the refusal is confirmed (R343-5).
 */
public final class StateResolver {

    private static final DeadlineEngine ENGINE = new DeadlineEngine();

    private StateResolver() {
    }

    public static ProcedureState resolve(Regime regime, String territory, SendingChannel channel, Timeline t,
            LocalDate today) {
        ProcedureMapper.Mapped mapped = ProcedureMapper.map(regime, territory, channel, t);
        List<Deadline> deadlines = ENGINE.compute(mapped.input());
        Deadlines d = new Deadlines(deadlines);
        RequestStage stage = stage(regime, t, d, today);
        NextAction next = NextSteps.of(regime, stage, t, d);
        LocalDate overdueSince = overdueSince(regime, stage, t, d, next, today);
        return new ProcedureState(stage, deadlines, next, overdueSince, mapped.receipt(), mapped.receiptEstimated());
    }

    static RequestStage stage(Regime regime, Timeline t, Deadlines d, LocalDate today) {
        if (t.has(RequestEventType.CLOSED)) {
            return RequestStage.CLOSED;
        }
        if (t.has(RequestEventType.WITHDRAWN)) {
            return RequestStage.WITHDRAWN;
        }
        if (t.has(RequestEventType.JUDGMENT)) {
            return RequestStage.JUDGED;
        }
        if (t.has(RequestEventType.COURT_FILED)) {
            return RequestStage.IN_COURT;
        }
        if (t.lastDecision().map(f -> f.outcome() == fr.vigie.request.timeline.Outcome.FULL).orElse(false)) {
            return RequestStage.ANSWERED;
        }
        if (!t.has(RequestEventType.SENT)) {
            return RequestStage.DRAFT;
        }
        return regime == Regime.FR_CRPA ? crpaStage(t, d, today) : otherStage(t);
    }

    private static RequestStage crpaStage(Timeline t, Deadlines d, LocalDate today) {
        Optional<Fact> decision = t.first(RequestEventType.DECISION_AFTER_AVIS);
        if (decision.map(Fact::isRefusal).orElse(false)
                || decision.isEmpty() && d.reached("CONFIRMED_REFUSAL", today)) {
            return RequestStage.FINAL_REFUSAL;
        }
        if (t.has(RequestEventType.CADA_AVIS)) {
            return RequestStage.AWAITING_DECISION;
        }
        if (t.has(RequestEventType.CADA_REFERRAL_SENT) || t.has(RequestEventType.CADA_REGISTERED)) {
            return RequestStage.UNDER_REVIEW;
        }
        if (hasRefusal(t) || d.reached("IMPLICIT_REFUSAL", today)) {
            return RequestStage.REFUSED;
        }
        return RequestStage.AWAITING_ANSWER;
    }

    private static RequestStage otherStage(Timeline t) {
        Optional<Fact> appeal = t.first(RequestEventType.APPEAL_SENT);
        if (appeal.isPresent()) {
            boolean refusedAgain = t.firstFrom(appeal.get().date().plusDays(1),
                    f -> f.type() == RequestEventType.ANSWER && f.isRefusal()).isPresent();
            return refusedAgain ? RequestStage.FINAL_REFUSAL : RequestStage.UNDER_REVIEW;
        }
        return hasRefusal(t) ? RequestStage.REFUSED : RequestStage.AWAITING_ANSWER;
    }

    private static boolean hasRefusal(Timeline t) {
        return t.firstFrom(null, f -> f.type() == RequestEventType.ANSWER && f.isRefusal()).isPresent();
    }

    /**
     * The day after the deadline the body (or the CADA) let pass without the awaited answer. A French
     * implicit refusal is also the body's silence: the body stays late until it answers or the case moves on.
     */
    private static LocalDate overdueSince(Regime regime, RequestStage stage, Timeline t, Deadlines d, NextAction next,
            LocalDate today) {
        LocalDate missed = null;
        if (regime == Regime.FR_CRPA && stage == RequestStage.REFUSED && !hasRefusal(t)) {
            missed = d.date("IMPLICIT_REFUSAL").orElse(null);
        } else if (next != null && next.date() != null && next.party() != Party.REQUESTER) {
            missed = next.date();
        }
        return missed != null && today.isAfter(missed) ? missed.plusDays(1) : null;
    }
}
