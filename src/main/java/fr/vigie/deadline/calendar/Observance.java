package fr.vigie.deadline.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What happens to a holiday that falls on a Saturday or a Sunday. */
enum Observance {

    /** France (L3133-1) and Germany: the holiday is simply lost, no replacement day. */
    NONE,

    /**
     * US federal, 5 U.S.C. 6103(b) and E.O. 11582 (policy H): a Saturday holiday is observed the
     * Friday before (1 Jan on a Saturday: Friday 31 Dec of the year before), a Sunday holiday the
     * Monday after.
     */
    US_OBSERVED,

    /**
     * UK, Banking and Financial Dealings Act 1971 s.1 and the yearly proclamations: a holiday on a
     * weekend is replaced by the next weekday that is not already a holiday (Christmas on a
     * Saturday: Monday 27, Boxing Day: Tuesday 28).
     */
    UK_SUBSTITUTE;

    /** The holidays of one year with the replacement days this observance adds. */
    List<Holiday> apply(List<Holiday> actual) {
        List<Holiday> all = new ArrayList<>(actual);
        if (this == NONE) {
            return all;
        }
        Set<LocalDate> taken = new HashSet<>();
        actual.forEach(h -> taken.add(h.date()));
        for (Holiday holiday : actual) {
            if (isWeekend(holiday.date())) {
                all.add(this == US_OBSERVED ? usObserved(holiday) : ukSubstitute(holiday, taken));
            }
        }
        return all;
    }

    private static Holiday usObserved(Holiday holiday) {
        LocalDate date = holiday.date();
        LocalDate observed = date.getDayOfWeek() == DayOfWeek.SATURDAY ? date.minusDays(1) : date.plusDays(1);
        return holiday.movedTo(observed, "(observé)", "(observed)");
    }

    private static Holiday ukSubstitute(Holiday holiday, Set<LocalDate> taken) {
        LocalDate day = holiday.date().plusDays(1);
        while (isWeekend(day) || taken.contains(day)) {
            day = day.plusDays(1);
        }
        taken.add(day);
        return holiday.movedTo(day, "(jour de remplacement)", "(substitute day)");
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
