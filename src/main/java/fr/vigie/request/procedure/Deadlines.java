package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;

/** The engine's deadlines looked up by key. */
record Deadlines(List<Deadline> all) {

    Optional<Deadline> get(DeadlineKey key) {
        return all.stream().filter(d -> d.key() == key).findFirst();
    }

    Optional<LocalDate> date(DeadlineKey key) {
        return get(key).map(Deadline::date);
    }

    /** True when the deadline exists and {@code today} is on or after it (an implicit decision arises on its date). */
    boolean reached(DeadlineKey key, LocalDate today) {
        return date(key).map(date -> !today.isBefore(date)).orElse(false);
    }
}
