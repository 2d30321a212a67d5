package fr.vigie.deadline.period;

import fr.vigie.deadline.calendar.Calendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs a period from its trigger to its date, on a calendar, through suspension windows. */
public final class PeriodCalculator {

    private PeriodCalculator() {
    }

    /**
     * @param windows suspension windows (policy G), not overlapping one another; usually none
     */
    public static PeriodResult compute(LocalDate trigger, Period period, EndRule endRule, Calendar calendar,
                                       List<SuspensionWindow> windows) {
        return period.unit() == PeriodUnit.WORKING_DAYS
                ? countWorkingDays(trigger, period, endRule, calendar, windows)
                : runCalendarPeriod(trigger, period, endRule, calendar, windows);
    }

    /**
     * The n-th working day after the trigger: the trigger day never counts, even when it is not a
     * working day itself (UK FOIA s.10(1) "following the date of receipt", policy I; 5 U.S.C.
     * 552(a)(6)(A)). Suspended days do not count either (policy G). The end rule only matters for
     * {@link EndRule#DAY_AFTER}: the count always ends on a working day.
     */
    private static PeriodResult countWorkingDays(LocalDate trigger, Period period, EndRule endRule, Calendar calendar,
                                                 List<SuspensionWindow> windows) {
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate day = trigger;
        int counted = 0;
        while (counted < period.amount()) {
            day = day.plusDays(1);
            SuspensionWindow window = windowContaining(day, windows);
            if (window != null) {
                skipped.add(SkippedDay.suspended(day, window));
            } else if (calendar.isWorkingDay(day)) {
                counted++;
            } else {
                skipped.add(SkippedDay.nonWorking(day, calendar));
            }
        }
        // DAY_AFTER: a "from" date, the day after the last counted day (5 U.S.C. 552(a)(6)(C)(i))
        LocalDate date = endRule == EndRule.DAY_AFTER ? day.plusDays(1) : day;
        return new PeriodResult(trigger, period, endRule, calendar, day, day, List.of(), day, skipped, date);
    }

    /** Days or months: CPC 640-642, Reg. 1182/71 art. 3, BGB §§187-193 all count this way. */
    private static PeriodResult runCalendarPeriod(LocalDate trigger, Period period, EndRule endRule, Calendar calendar,
                                                  List<SuspensionWindow> windows) {
        LocalDate start = period.counting() == Counting.FRANC_FROM_NEXT_DAY ? trigger.plusDays(1) : trigger;
        LocalDate nominalEnd = period.addTo(start);
        LocalDate lastDay = period.counting() == Counting.FRANC ? nominalEnd.plusDays(1) : nominalEnd;
        List<AppliedSuspension> suspensions = new ArrayList<>();
        LocalDate periodEnd = suspend(trigger, lastDay, windows, suspensions);
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate date = switch (endRule) {
            case KEEP -> periodEnd;
            case DAY_AFTER -> periodEnd.plusDays(1);
            case NEXT_WORKING_DAY -> moveToWorkingDay(periodEnd, calendar, skipped);
        };
        return new PeriodResult(trigger, period, endRule, calendar, nominalEnd, lastDay, suspensions, periodEnd, skipped, date);
    }

    /**
     * Policy G: the end moves by the number of suspended days between the trigger (excluded) and
     * the end; as the end moves, more of a window may fall inside, so repeat until it settles.
     */
    private static LocalDate suspend(LocalDate trigger, LocalDate lastDay, List<SuspensionWindow> windows,
                                     List<AppliedSuspension> applied) {
        if (windows.isEmpty()) {
            return lastDay;
        }
        LocalDate end = lastDay;
        LocalDate pushed;
        do {
            pushed = end;
            int suspendedDays = 0;
            for (SuspensionWindow window : windows) {
                suspendedDays += window.daysWithin(trigger.plusDays(1), pushed);
            }
            end = lastDay.plusDays(suspendedDays);
        } while (!end.equals(pushed));
        for (SuspensionWindow window : windows) {
            int days = window.daysWithin(trigger.plusDays(1), end);
            if (days > 0) {
                applied.add(new AppliedSuspension(window, days));
            }
        }
        return end;
    }

    /** CPC 642 and its equivalents: a last day that is not a working day moves to the next working day. */
    private static LocalDate moveToWorkingDay(LocalDate lastDay, Calendar calendar, List<SkippedDay> skipped) {
        LocalDate day = lastDay;
        while (!calendar.isWorkingDay(day)) {
            skipped.add(SkippedDay.nonWorking(day, calendar));
            day = day.plusDays(1);
        }
        return day;
    }

    private static SuspensionWindow windowContaining(LocalDate day, List<SuspensionWindow> windows) {
        for (SuspensionWindow window : windows) {
            if (window.contains(day)) {
                return window;
            }
        }
        return null;
    }
}
