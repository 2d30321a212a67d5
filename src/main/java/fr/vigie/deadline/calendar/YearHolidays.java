package fr.vigie.deadline.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The holidays of one year, indexed by day of year, with the non-working days (weekends
 * included) precomputed: a working-day check is then one array look-up.
 */
final class YearHolidays {

    private final List<Holiday> all;
    private final Holiday[] byDayOfYear = new Holiday[366];
    private final boolean[] nonWorking = new boolean[366];

    YearHolidays(int year, List<Holiday> holidays) {
        this.all = List.copyOf(holidays);
        for (Holiday holiday : all) {
            int index = holiday.date().getDayOfYear() - 1;
            if (byDayOfYear[index] == null) {
                byDayOfYear[index] = holiday;
            }
            nonWorking[index] = true;
        }
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            nonWorking[day.getDayOfYear() - 1] |= Observance.isWeekend(day);
        }
    }

    boolean isWorkingDay(LocalDate date) {
        return !nonWorking[date.getDayOfYear() - 1];
    }

    Holiday on(LocalDate date) {
        return byDayOfYear[date.getDayOfYear() - 1];
    }

    List<Holiday> all() {
        return all;
    }
}
