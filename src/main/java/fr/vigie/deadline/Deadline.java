package fr.vigie.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One computed date of a procedure.
 *
 * @param key          a {@link DeadlineKey} name, e.g. "COURT_BY"
 * @param date         the act-by date (or, for an implicit decision, the day it arises)
 * @param party        who must act
 * @param basis        the articles applied
 * @param alsoPossible later dates worth knowing, never earlier than {@code date}
 */
public record Deadline(String key, LocalDate date, Party party, String basis, Explanation explanation,
                       List<AlsoPossible> alsoPossible) {

    public Deadline {
        alsoPossible = List.copyOf(alsoPossible);
    }

    public Deadline withAlsoPossible(AlsoPossible another) {
        List<AlsoPossible> more = new ArrayList<>(alsoPossible);
        more.add(another);
        return new Deadline(key, date, party, basis, explanation, more);
    }
}
