package fr.vigie.deadline;

import static fr.vigie.deadline.EventType.ADVERSE_DETERMINATION;
import static fr.vigie.deadline.EventType.APPEAL_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_AVIS_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_REGISTERED;
import static fr.vigie.deadline.EventType.DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.EXPRESS_REFUSAL;
import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.FINAL_REFUSAL;
import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_REQUESTED;
import static fr.vigie.deadline.EventType.REASONS_RECEIVED;
import static fr.vigie.deadline.EventType.REASONS_REQUESTED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid procedures for property tests: every regime, any subset of its events in an
 * order the procedure allows, dates from 1900 to about 2200, any territory and acknowledgement.
 */
final class Scenarios {

    private static final List<String> FRENCH_TERRITORIES = List.of("", "75", "2A", "67", "57", "971", "972", "973", "974", "976", "MF", "BL");

    /** Each event type with the one it is dated from; chained types are dated after their predecessor. */
    private static final List<List<EventType>> CHAINS = List.of(
            List.of(REQUEST_RECEIVED, EXPRESS_REFUSAL), List.of(REQUEST_RECEIVED, CADA_REGISTERED),
            List.of(CADA_REGISTERED, CADA_AVIS_RECEIVED), List.of(CADA_AVIS_RECEIVED, FINAL_REFUSAL),
            List.of(REQUEST_RECEIVED, REASONS_REQUESTED), List.of(REASONS_REQUESTED, REASONS_RECEIVED),
            List.of(REQUEST_RECEIVED, EXTENSION_NOTIFIED), List.of(REQUEST_RECEIVED, ADVERSE_DETERMINATION),
            List.of(ADVERSE_DETERMINATION, APPEAL_RECEIVED), List.of(REQUEST_RECEIVED, INTERNAL_REVIEW_REQUESTED),
            List.of(REQUEST_RECEIVED, DECISION_NOTIFIED));

    private Scenarios() {
    }

    static Arbitrary<ProcedureInput> procedures() {
        return Arbitraries.of(Regime.values()).flatMap(Scenarios::procedures);
    }

    static Arbitrary<ProcedureInput> procedures(Regime regime) {
        Arbitrary<LocalDate> base = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2197, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 150).list().ofSize(EventType.values().length);
        Arbitrary<List<Boolean>> present = Arbitraries.of(true, true, false).list().ofSize(EventType.values().length);
        Arbitrary<String> territory = regime.isFrench() ? Arbitraries.of(FRENCH_TERRITORIES) : Arbitraries.just("");
        Arbitrary<Boolean> acknowledged = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
        return Combinators.combine(base, gaps, present, territory, acknowledged).as((start, gap, keep, code, ack) ->
                new ProcedureInput(regime, code, events(regime, start, gap, keep), ack, List.of()));
    }

    private static List<ProcedureEvent> events(Regime regime, LocalDate start, List<Integer> gaps, List<Boolean> keep) {
        LocalDate[] dates = new LocalDate[EventType.values().length];
        dates[REQUEST_RECEIVED.ordinal()] = start;
        for (List<EventType> chain : CHAINS) {
            EventType after = chain.get(1);
            dates[after.ordinal()] = dates[chain.get(0).ordinal()].plusDays(gaps.get(after.ordinal()));
        }
        List<ProcedureEvent> events = new ArrayList<>();
        for (EventType type : regime.acceptedEvents()) {
            if (keep.get(type.ordinal())) {
                events.add(new ProcedureEvent(type, dates[type.ordinal()]));
            }
        }
        return events;
    }

    /** The same procedure with {@code type} and every event that must follow it moved {@code days} later. */
    static ProcedureInput shifted(ProcedureInput input, EventType type, int days) {
        List<ProcedureEvent> events = new ArrayList<>();
        for (ProcedureEvent event : input.events()) {
            boolean moves = event.type() == type || EventOrder.cannotPrecede(event.type()).contains(type);
            events.add(moves ? new ProcedureEvent(event.type(), event.date().plusDays(days)) : event);
        }
        return new ProcedureInput(input.regime(), input.territory(), events, input.acknowledged(), input.suspensions());
    }
}
