package fr.vigie.deadline.calendar;

import static fr.vigie.deadline.calendar.CalendarAssertions.dates;
import static fr.vigie.deadline.calendar.CalendarAssertions.holidayDates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanCalendarTest {

    /** Nationwide holidays (BMI list); 31 Oct 2017 Reformationstag was one in every Land. */
    @ParameterizedTest(name = "Germany {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2017 | 01-01 04-14 04-17 05-01 05-25 06-05 10-03 10-31 12-25 12-26
            2024 | 01-01 03-29 04-01 05-01 05-09 05-20 10-03 12-25 12-26
            2025 | 01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26
            2026 | 01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26
            """)
    void nationwideHolidays(int year, String expected) {
        assertThat(holidayDates(GermanCalendar.CALENDAR, year)).containsExactlyElementsOf(dates(year, expected));
    }

    @ParameterizedTest(name = "{0} holiday: {1}")
    @CsvSource({"1988-06-17, true", "1991-06-17, false", "1989-10-03, false", "1990-10-03, true", "2016-10-31, false", "2018-10-31, false"})
    void unityDayAndReformationDay(LocalDate date, boolean holiday) {
        assertThat(GermanCalendar.CALENDAR.holidayOn(date).isPresent()).isEqualTo(holiday);
    }
}
