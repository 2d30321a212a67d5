package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.vigie.app.Violation;
import fr.vigie.deadline.Regime;

/**
 * The order a procedure must follow. A timeline that breaks it (an avis before the CADA registered the
 * referral, a referral before any refusal, a second sending...) is refused, whoever records it.
 */
final class TimelineRules {

    /** Each event needs one of these earlier (or same-day) events. */
    private static final Map<RequestEventType, Set<RequestEventType>> NEEDS = Map.ofEntries(
            Map.entry(RequestEventType.RECEIVED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.CLARIFICATION_ASKED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.CLARIFICATION_GIVEN, EnumSet.of(RequestEventType.CLARIFICATION_ASKED)),
            Map.entry(RequestEventType.TRANSFERRED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.EXTENSION_NOTIFIED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.ANSWER, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.DOCUMENTS_RECEIVED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.CADA_REFERRAL_SENT, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.CADA_REGISTERED, EnumSet.of(RequestEventType.CADA_REFERRAL_SENT)),
            Map.entry(RequestEventType.CADA_AVIS, EnumSet.of(RequestEventType.CADA_REGISTERED)),
            Map.entry(RequestEventType.DECISION_AFTER_AVIS, EnumSet.of(RequestEventType.CADA_AVIS)),
            Map.entry(RequestEventType.REASONS_ASKED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.REASONS_GIVEN, EnumSet.of(RequestEventType.REASONS_ASKED)),
            Map.entry(RequestEventType.APPEAL_SENT, EnumSet.of(RequestEventType.ANSWER, RequestEventType.SENT)),
            Map.entry(RequestEventType.RECOURS_GRACIEUX_RECEIVED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.RECOURS_GRACIEUX_REJECTED, EnumSet.of(RequestEventType.RECOURS_GRACIEUX_RECEIVED)),
            Map.entry(RequestEventType.LEGAL_AID_REQUESTED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.LEGAL_AID_DECIDED, EnumSet.of(RequestEventType.LEGAL_AID_REQUESTED)),
            Map.entry(RequestEventType.ICO_DECISION_NOTICE, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.CNIL_COMPLAINT_RECEIVED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.INDIRECT_ACCESS_REQUESTED, EnumSet.of(RequestEventType.SENT)),
            Map.entry(RequestEventType.CNIL_DECISION, EnumSet.of(RequestEventType.CNIL_COMPLAINT_RECEIVED,
                    RequestEventType.INDIRECT_ACCESS_REQUESTED)),
            Map.entry(RequestEventType.JUDGMENT, EnumSet.of(RequestEventType.COURT_FILED)),
            Map.entry(RequestEventType.JUDGMENT_NOTIFIED, EnumSet.of(RequestEventType.COURT_FILED)));

    private TimelineRules() {
    }

    /**
     * The first problem of the timeline, if any, looking first at {@code checked} (the event being recorded
     * or corrected, or null), so that its own problems are reported against its fields.
     * {@code impliedRefusal} is the French implicit refusal date of this timeline, if known.
     */
    static Optional<Violation> firstProblem(Regime regime, Timeline timeline, Fact checked, LocalDate impliedRefusal) {
        List<Fact> facts = timeline.facts();
        List<Fact> order = new ArrayList<>(facts.size());
        if (checked != null) {
            order.add(checked);
        }
        facts.stream().filter(f -> f != checked).forEach(order::add);
        for (Fact f : order) {
            Optional<Violation> problem = problem(regime, facts, f, impliedRefusal);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> problem(Regime regime, List<Fact> facts, Fact f, LocalDate impliedRefusal) {
        if (!f.type().appliesTo(regime)) {
            return Optional.of(Violation.of("type", ProcedureCode.TYPE_NOT_IN_REGIME, regime.name()));
        }
        if (f.type().happensOnce() && facts.stream().filter(o -> o.type() == f.type()).count() > 1) {
            return Optional.of(Violation.of("type", ProcedureCode.HAPPENS_ONCE));
        }
        Set<RequestEventType> needed = needs(regime, f.type());
        if (!needed.isEmpty() && facts.stream().noneMatch(o -> o != f && needed.contains(o.type()) && !o.date().isAfter(f.date()))) {
            String names = needed.stream().map(Enum::name).collect(Collectors.joining(" / "));
            return Optional.of(Violation.of("date", ProcedureCode.NEEDS_EARLIER, names));
        }
        Optional<Fact> end = facts.stream().filter(o -> o != f && (o.type() == RequestEventType.WITHDRAWN
                || o.type() == RequestEventType.CLOSED)).findFirst();
        if (end.isPresent() && f.date().isAfter(end.get().date())) {
            return Optional.of(Violation.of("date", ProcedureCode.AFTER_END));
        }
        if (f.type() == RequestEventType.CADA_REFERRAL_SENT && !refusedBefore(facts, f, impliedRefusal)) {
            return Optional.of(Violation.of("date", ProcedureCode.REFERRAL_BEFORE_REFUSAL, String.valueOf(impliedRefusal)));
        }
        return Optional.empty();
    }

    private static Set<RequestEventType> needs(Regime regime, RequestEventType type) {
        if (type == RequestEventType.COURT_FILED) {
            // L342-1 CRPA: the CADA referral is mandatory before any court action
            return regime == Regime.FR_CRPA ? EnumSet.of(RequestEventType.CADA_REGISTERED, RequestEventType.CADA_REFERRAL_SENT)
                    : EnumSet.of(RequestEventType.SENT);
        }
        return NEEDS.getOrDefault(type, Set.of());
    }

    private static boolean refusedBefore(List<Fact> facts, Fact referral, LocalDate impliedRefusal) {
        boolean express = facts.stream().anyMatch(o -> o.type() == RequestEventType.ANSWER && o.isRefusal()
                && !o.date().isAfter(referral.date()));
        return express || impliedRefusal != null && !referral.date().isBefore(impliedRefusal);
    }
}
