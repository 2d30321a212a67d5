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

    public static List<ProcedureEvent> events(String spec) {
        List<ProcedureEvent> events = new ArrayList<>();
        for (String part : spec.split(";")) {
            String[] typeAndDate = part.trim().split("=");
            events.add(new ProcedureEvent(EventType.valueOf(typeAndDate[0].trim()), LocalDate.parse(typeAndDate[1].trim())));
        }
        return events;
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
