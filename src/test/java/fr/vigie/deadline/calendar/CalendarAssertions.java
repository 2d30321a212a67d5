package fr.vigie.deadline.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers for the holiday tables: lists of dates written as "01-01 04-21 ..." for one year. */
final class CalendarAssertions {

    private CalendarAssertions() {
    }

    static List<LocalDate> dates(int year, String monthDays) {
        return Arrays.stream(monthDays.trim().split("\\s+"))
                .map(monthDay -> LocalDate.parse(year + "-" + monthDay))
                .toList();
    }

    /** The Monday-to-Friday days of the year that are not working days: what published lists show. */
    static List<LocalDate> nonWorkingWeekdays(Calendar calendar, int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (!Calendar.isWeekend(day) && !calendar.isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    static List<LocalDate> holidayDates(Calendar calendar, int year) {
        return calendar.holidays(year).stream().map(Holiday::date).distinct().toList();
    }
}
