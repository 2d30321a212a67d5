package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fr.vigie.deadline.Party;

/** The next step and its act-by date (null when the law sets none). */
public record NextAction(NextStep step, LocalDate date) {

    public Party party() {
        return step.party();
    }

    /** Days from {@code today} to the act-by date: negative when it has passed; null without a date. */
    public Long daysFrom(LocalDate today) {
        return date == null ? null : ChronoUnit.DAYS.between(today, date);
    }
}
