package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineChain;
import fr.vigie.deadline.DeadlineEngine;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;

/**
 * Folds a timeline into a {@link ProcedureState}: a pure function of (regime, territory, events, today).
 * Silence matters: in France, one month without an answer is a refusal (R311-13 CRPA), two months after
 * the CADA registered the referral the refusal is confirmed (R343-5).
 */
public final class StateResolver {

    private static final DeadlineEngine ENGINE = new DeadlineEngine();

    /**
     * What the request is made of beside its timeline: the law, where the body sits, how it was sent, and where the
     * requester lives (null: not given, the earliest court dates; CJA R421-7).
     */
    public record Context(Regime regime, String territory, SendingChannel channel, Residence residence) {

        public Context(Regime regime, String territory, SendingChannel channel) {
            this(regime, territory, channel, null);
        }
    }

    /** What changes with the passing of time alone, on one day. */
    private record Moment(RequestStage stage, NextAction next, LocalDate overdueSince) {
    }

    private StateResolver() {
    }

    /** @throws fr.vigie.deadline.InvalidProcedureException when the engine cannot compute from these dates */
    public static ProcedureState resolve(Context context, Timeline t, LocalDate today) {
        ProcedureMapper.Mapped mapped = ProcedureMapper.map(context.regime(), context.territory(), context.channel(), t,
                context.residence());
        DeadlineChain chain = ENGINE.evaluate(mapped.input());
        Deadlines d = new Deadlines(chain.deadlines());
        Moment now = at(context.regime(), t, d, today);
        return new ProcedureState(now.stage(), chain.deadlines(), now.next(), now.overdueSince(), mapped.receipt(),
                mapped.receiptEstimated(), expiresOn(context.regime(), t, d, today, now), chain.warnings());
    }

    private static Moment at(Regime regime, Timeline t, Deadlines d, LocalDate day) {
        RequestStage stage = stage(regime, t, d, day);
        NextAction next = NextActions.of(regime, stage, t, d);
        return new Moment(stage, next, overdueSince(regime, stage, t, d, next, day));
    }

    /**
     * Time enters the fold only by comparing the day with a deadline: on it (a decision arises) or after it
     * (someone is late). So the state can change only on a deadline's date or the day after; the first of
     * those days on which it does change is when the stored state expires.
     */
    private static LocalDate expiresOn(Regime regime, Timeline t, Deadlines d, LocalDate today, Moment now) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Deadline deadline : d.all()) {
            days.add(deadline.date());
            days.add(deadline.date().plusDays(1));
        }
        for (LocalDate day : days.tailSet(today, false)) {
            if (!at(regime, t, d, day).equals(now)) {
                return day;
            }
        }
        return null;
    }

    static RequestStage stage(Regime regime, Timeline t, Deadlines d, LocalDate today) {
        if (t.has(RequestEventType.CLOSED)) {
            return RequestStage.CLOSED;
        }
        if (t.has(RequestEventType.WITHDRAWN)) {
            return RequestStage.WITHDRAWN;
        }
        if (t.has(RequestEventType.JUDGMENT) || t.has(RequestEventType.JUDGMENT_NOTIFIED)) {
            return RequestStage.JUDGED;
        }
        if (t.has(RequestEventType.COURT_FILED)) {
            return RequestStage.IN_COURT;
        }
        if (t.lastDecision().map(f -> f.outcome() == Outcome.FULL).orElse(false)) {
            return RequestStage.ANSWERED;
        }
        if (!t.has(RequestEventType.SENT)) {
            return RequestStage.DRAFT;
        }
        return switch (regime) {
            case FR_CRPA -> crpaStage(t, d, today);
            case FR_GDPR -> gdprStage(t, d, today);
            default -> otherStage(t);
        };
    }

    /** A recours gracieux received and neither rejected nor left two months without an answer (L231-4). */
    static boolean recoursGracieuxPending(Timeline t) {
        return t.has(RequestEventType.RECOURS_GRACIEUX_RECEIVED) && !t.has(RequestEventType.RECOURS_GRACIEUX_REJECTED);
    }

    private static RequestStage crpaStage(Timeline t, Deadlines d, LocalDate today) {
        if (recoursGracieuxPending(t) && !d.reached(DeadlineKey.RECOURS_GRACIEUX_IMPLICIT_REJECTION, today)) {
            return RequestStage.UNDER_REVIEW;
        }
        Optional<Fact> decision = t.first(RequestEventType.DECISION_AFTER_AVIS);
        if (decision.map(Fact::isRefusal).orElse(false)
                || decision.isEmpty() && d.reached(DeadlineKey.CONFIRMED_REFUSAL, today)) {
            return RequestStage.FINAL_REFUSAL;
        }
        if (t.has(RequestEventType.CADA_AVIS)) {
            return RequestStage.AWAITING_DECISION;
        }
        if (t.has(RequestEventType.CADA_REFERRAL_SENT) || t.has(RequestEventType.CADA_REGISTERED)) {
            return RequestStage.UNDER_REVIEW;
        }
        if (hasRefusal(t) || d.reached(DeadlineKey.IMPLICIT_REFUSAL, today)) {
            return RequestStage.REFUSED;
        }
        return RequestStage.AWAITING_ANSWER;
    }

    /** The CNIL decides on the complaint, or its silence rejects it (décret 2019-536 art. 10). */
    private static RequestStage gdprStage(Timeline t, Deadlines d, LocalDate today) {
        if (t.has(RequestEventType.CNIL_DECISION) || d.reached(DeadlineKey.CNIL_IMPLICIT_REJECTION, today)) {
            return RequestStage.FINAL_REFUSAL;
        }
        if (t.has(RequestEventType.CNIL_COMPLAINT_RECEIVED) || t.has(RequestEventType.INDIRECT_ACCESS_REQUESTED)) {
            return RequestStage.BEFORE_CNIL;
        }
        return otherStage(t);
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
            missed = d.date(DeadlineKey.IMPLICIT_REFUSAL).orElse(null);
        } else if (next != null && next.date() != null && next.party() != Party.REQUESTER) {
            missed = next.date();
        }
        return missed != null && today.isAfter(missed) ? missed.plusDays(1) : null;
    }
}
