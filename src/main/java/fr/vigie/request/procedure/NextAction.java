package fr.vigie.request.procedure;

import java.time.LocalDate;

import fr.vigie.deadline.Party;

/**
 * What should happen next and who must act. {@code key} is a deadline key of the engine when the step
 * has a legal date (CADA_REFERRAL_BY, COURT_BY, IMPLICIT_REFUSAL...), otherwise a step name (SEND,
 * FOLLOW_COURT_CASE...) and {@code date} is null.
 */
public record NextAction(String key, LocalDate date, Party party) {

    /** Days from {@code today} to the act-by date: negative when it has passed; null without a date. */
    public Long daysFrom(LocalDate today) {
        return date == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, date);
    }
}
