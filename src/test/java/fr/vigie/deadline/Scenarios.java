package fr.vigie.deadline;

import static fr.vigie.deadline.EventType.*;

import fr.vigie.deadline.calendar.GermanLands;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid procedures for property tests: every regime, any subset of its events in an order the
 * procedure allows, dates from the regime's first day to about 2200, any territory, acknowledgement,
 * residence and decision notified without its remedies.
 */
final class Scenarios {

    private static final List<String> FRENCH_TERRITORIES = List.of("", "75", "2A", "67", "57", "971", "972", "973", "974", "976", "MF", "BL");
    private static final List<Residence> RESIDENCES = java.util.Arrays.asList(null, Residence.METROPOLE, Residence.OVERSEAS, Residence.ABROAD);
    /** The latest first day: décret 2019-536 (indirect access), so that every regime's events can be drawn from one base. */
    private static final LocalDate LAST_BASE = LocalDate.of(2195, 12, 31);

    /** Each event type with the one it is dated from; chained types are dated after their predecessor, in this order. */
    private static final List<List<EventType>> CHAINS = List.of(
            List.of(REQUEST_RECEIVED, TRANSFERRED), List.of(REQUEST_RECEIVED, EXPRESS_REFUSAL),
            List.of(REQUEST_RECEIVED, CADA_REFERRAL_SENT), List.of(CADA_REFERRAL_SENT, CADA_REGISTERED),
            List.of(CADA_REGISTERED, CADA_AVIS_RECEIVED), List.of(CADA_AVIS_RECEIVED, FINAL_REFUSAL),
            List.of(REQUEST_RECEIVED, REASONS_REQUESTED), List.of(REASONS_REQUESTED, REASONS_RECEIVED),
            List.of(FINAL_REFUSAL, RECOURS_GRACIEUX_RECEIVED), List.of(RECOURS_GRACIEUX_RECEIVED, RECOURS_GRACIEUX_REJECTED),
            List.of(FINAL_REFUSAL, LEGAL_AID_REQUESTED), List.of(LEGAL_AID_REQUESTED, LEGAL_AID_DECIDED),
            List.of(FINAL_REFUSAL, JUDGMENT_NOTIFIED),
            List.of(REQUEST_RECEIVED, EXTENSION_NOTIFIED), List.of(REQUEST_RECEIVED, CNIL_COMPLAINT_RECEIVED),
            List.of(CNIL_COMPLAINT_RECEIVED, CNIL_DECISION_NOTIFIED), List.of(REQUEST_RECEIVED, INDIRECT_ACCESS_REQUESTED),
            List.of(REQUEST_RECEIVED, ADVERSE_DETERMINATION), List.of(ADVERSE_DETERMINATION, APPEAL_RECEIVED),
            List.of(APPEAL_RECEIVED, APPEAL_DECIDED), List.of(REQUEST_RECEIVED, DECISION_NOTIFIED),
            List.of(REQUEST_RECEIVED, INTERNAL_REVIEW_REQUESTED), List.of(INTERNAL_REVIEW_REQUESTED, INTERNAL_REVIEW_DECIDED),
            List.of(INTERNAL_REVIEW_DECIDED, ICO_DECISION_NOTICE), List.of(DECISION_NOTIFIED, OBJECTION_FILED),
            List.of(OBJECTION_FILED, OBJECTION_DECIDED));

    private Scenarios() {
    }

    static Arbitrary<ProcedureInput> procedures() {
        return Arbitraries.of(Regime.values()).flatMap(Scenarios::procedures);
    }

    static Arbitrary<ProcedureInput> procedures(Regime regime) {
        LocalDate first = regime == Regime.FR_GDPR ? LawInForce.INDIRECT_ACCESS_PERIOD : LawInForce.firstDay(regime);
        Arbitrary<LocalDate> base = Arbitraries.longs().between(first.toEpochDay(), LAST_BASE.toEpochDay()).map(LocalDate::ofEpochDay);
        int types = EventType.values().length;
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 150).list().ofSize(types);
        Arbitrary<List<Boolean>> present = Arbitraries.of(true, true, false).list().ofSize(types);
        Arbitrary<List<Boolean>> remediesOmitted = Arbitraries.of(false, false, false, true).list().ofSize(types);
        Arbitrary<String> territory = regime.isFrench() ? Arbitraries.of(FRENCH_TERRITORIES)
                : regime == Regime.DE_IFG ? Arbitraries.of(landCodes()) : Arbitraries.just("");
        Arbitrary<Boolean> acknowledged = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
        Arbitrary<Residence> residence = regime.isFrench() ? Arbitraries.of(RESIDENCES) : Arbitraries.just((Residence) null);
        return Combinators.combine(base, gaps, present, remediesOmitted, territory, acknowledged, residence)
                .as((start, gap, keep, omitted, code, ack, where) -> new ProcedureInput(regime, code,
                        events(regime, start, gap, keep, omitted), ack, List.of(), where));
    }

    private static List<String> landCodes() {
        List<String> codes = new ArrayList<>(GermanLands.codes());
        codes.add("");
        return codes;
    }

    private static List<ProcedureEvent> events(Regime regime, LocalDate start, List<Integer> gaps, List<Boolean> keep,
                                               List<Boolean> omitted) {
        LocalDate[] dates = new LocalDate[EventType.values().length];
        dates[REQUEST_RECEIVED.ordinal()] = start;
        for (List<EventType> chain : CHAINS) {
            EventType after = chain.get(1);
            dates[after.ordinal()] = dates[chain.get(0).ordinal()].plusDays(gaps.get(after.ordinal()));
        }
        List<ProcedureEvent> events = new ArrayList<>();
        for (EventType type : regime.acceptedEvents()) {
            if (keep.get(type.ordinal())) {
                Boolean remedies = regime.takesRemediesStated(type) && omitted.get(type.ordinal()) ? Boolean.FALSE : null;
                events.add(new ProcedureEvent(type, dates[type.ordinal()], remedies));
            }
        }
        return events;
    }

    /** The same procedure with {@code type} and every event that must follow it moved {@code days} later. */
    static ProcedureInput shifted(ProcedureInput input, EventType type, int days) {
        List<ProcedureEvent> events = new ArrayList<>();
        for (ProcedureEvent event : input.events()) {
            boolean moves = event.type() == type || EventOrder.cannotPrecede(event.type()).contains(type);
            events.add(moves ? new ProcedureEvent(event.type(), event.date().plusDays(days), event.remediesStated()) : event);
        }
        return new ProcedureInput(input.regime(), input.territory(), events, input.acknowledged(), input.suspensions(),
                input.requesterResidence());
    }
}
