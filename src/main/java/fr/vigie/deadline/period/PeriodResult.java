package fr.vigie.deadline.period;

import fr.vigie.deadline.calendar.Calendar;
import java.time.LocalDate;
import java.util.List;

/**
 * How a period ran, step by step, so that an explanation can show every step.
 *
 * @param nominalEnd  trigger (or, reading B, the day after) + the period
 * @param lastDay     nominalEnd, + 1 day for a délai franc (reading A)
 * @param periodEnd   lastDay pushed by the suspension windows (policy G): the last day before the end rule
 * @param skippedDays working-day counts: the days not counted; otherwise the days moved over, from periodEnd
 *                    (included) to date (excluded) under {@link EndRule#NEXT_WORKING_DAY}
 * @param date        the resulting date
 */
public record PeriodResult(LocalDate trigger, Period period, EndRule endRule, Calendar calendar,
                           LocalDate nominalEnd, LocalDate lastDay, List<AppliedSuspension> suspensions,
                           LocalDate periodEnd, List<SkippedDay> skippedDays, LocalDate date) {

    public PeriodResult {
        suspensions = List.copyOf(suspensions);
        skippedDays = List.copyOf(skippedDays);
    }
}
