package fr.vigie.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One computed date of a procedure.
 *
 * @param key          which deadline, e.g. {@link DeadlineKey#COURT_BY}; it says who must act
 * @param date         the act-by date (or, for an implicit decision, the day it arises)
 * @param basis        the articles applied
 * @param alsoPossible later dates worth knowing, never earlier than {@code date}
 */
public record Deadline(DeadlineKey key, LocalDate date, String basis, Explanation explanation,
                       List<AlsoPossible> alsoPossible) {

    public Deadline {
        alsoPossible = List.copyOf(alsoPossible);
    }

    /** Who must act by this date. */
    public Party party() {
        return key.party();
    }

    /** The same deadline whose explanation carries one more line ({@link Explanation#notes}). */
    public Deadline withNote(Text note) {
        return new Deadline(key, date, basis, explanation.withNote(note), alsoPossible);
    }

    public Deadline withAlsoPossible(AlsoPossible another) {
        List<AlsoPossible> more = new ArrayList<>(alsoPossible);
        more.add(another);
        return new Deadline(key, date, basis, explanation, more);
    }
}
