package fr.vigie.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Test helpers: procedures written as "REQUEST_RECEIVED=2025-03-03;CADA_REGISTERED=2025-05-10". */
public final class Procedures {

    private static final DeadlineEngine ENGINE = new DeadlineEngine();

    private Procedures() {
    }

    /** "TYPE=date;...", a date followed by "!" for a decision notified without its remedies (remediesStated = false). */
    public static List<ProcedureEvent> events(String spec) {
        List<ProcedureEvent> events = new ArrayList<>();
        for (String part : spec.split(";")) {
            String[] typeAndDate = part.trim().split("=");
            String date = typeAndDate[1].trim();
            boolean omitted = date.endsWith("!");
            events.add(new ProcedureEvent(EventType.valueOf(typeAndDate[0].trim()), LocalDate.parse(omitted ? date.substring(0, date.length() - 1) : date),
                    omitted ? Boolean.FALSE : null));
        }
        return events;
    }

    /** A whole input: "null" or blank for an unknown acknowledgement, residence or territory. */
    public static ProcedureInput input(Regime regime, String territory, Boolean acknowledged, Residence residence, String events) {
        return ProcedureInput.of(regime, territory, events(events)).withAcknowledged(acknowledged).withRequesterResidence(residence);
    }

    public static DeadlineChain evaluate(ProcedureInput input) {
        return ENGINE.evaluate(input);
    }

    public static ProcedureInput input(Regime regime, String events) {
        return ProcedureInput.of(regime, null, events(events));
    }

    public static List<Deadline> compute(ProcedureInput input) {
        return ENGINE.compute(input);
    }

    public static List<Deadline> compute(Regime regime, String events) {
        return compute(input(regime, events));
    }

    public static Optional<Deadline> find(List<Deadline> deadlines, DeadlineKey key) {
        return deadlines.stream().filter(d -> d.key() == key).findFirst();
    }

    public static Deadline get(List<Deadline> deadlines, DeadlineKey key) {
        return find(deadlines, key).orElseThrow(() -> new NoSuchElementException(key + " not in " + deadlines));
    }
}
