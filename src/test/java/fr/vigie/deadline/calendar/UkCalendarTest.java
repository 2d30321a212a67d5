package fr.vigie.deadline.calendar;

import static fr.vigie.deadline.calendar.CalendarAssertions.dates;
import static fr.vigie.deadline.calendar.CalendarAssertions.nonWorkingWeekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkCalendarTest {

    private static final Calendar UK = UkCalendar.CALENDAR;

    /**
     * gov.uk bank holidays, union of England &amp; Wales, Scotland and Northern Ireland: 2 Jan and the
     * first Monday of August and St Andrew's Day from Scotland, 17 Mar and 12 Jul from NI, with
     * substitute days (2021-12-27/28, 2022-01-03/04, 2024-03-18, 2024-12-02, 2025-07-14...) and the
     * one-offs (2020-05-08 VE Day, 2022-06-02/03 jubilee, 2022-09-19 funeral, 2023-05-08 coronation, 2026-06-15 Scotland's World Cup day).
     */
    @ParameterizedTest(name = "UK {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020 | 01-01 01-02 03-17 04-10 04-13 05-08 05-25 07-13 08-03 08-31 11-30 12-25 12-28
            2021 | 01-01 01-04 03-17 04-02 04-05 05-03 05-31 07-12 08-02 08-30 11-30 12-27 12-28
            2022 | 01-03 01-04 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-01 08-29 09-19 11-30 12-26 12-27
            2023 | 01-02 01-03 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-07 08-28 11-30 12-25 12-26
            2024 | 01-01 01-02 03-18 03-29 04-01 05-06 05-27 07-12 08-05 08-26 12-02 12-25 12-26
            2025 | 01-01 01-02 03-17 04-18 04-21 05-05 05-26 07-14 08-04 08-25 12-01 12-25 12-26
            2026 | 01-01 01-02 03-17 04-03 04-06 05-04 05-25 06-15 07-13 08-03 08-31 11-30 12-25 12-28
            """)
    void bankHolidaysInAnyPartOfTheUk(int year, String expected) {
        assertThat(nonWorkingWeekdays(UK, year)).containsExactlyElementsOf(dates(year, expected));
    }

    /** Moved days: the usual Monday is a working day that year. */
    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2020-05-04, true",  // early May moved to Friday 8 May (VE Day)
            "2022-05-30, true",  // spring holiday moved to Thursday 2 June (jubilee)
            "2012-06-04, false", // spring holiday moved to 4 June, 5 June diamond jubilee
            "2012-06-05, false",
            "2012-05-28, true",
            "1995-05-08, false",
            "2006-11-30, true",  // St Andrew's Day bank holiday only from 2007
            "2007-11-30, false"})
    void movedAndHistoricalDays(LocalDate date, boolean working) {
        assertThat(UK.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void substituteDaysAreNamed() {
        assertThat(UK.holidayOn(LocalDate.of(2021, 12, 28)).orElseThrow().nameEn()).isEqualTo("Boxing Day (substitute day)");
        assertThat(UK.holidayOn(LocalDate.of(2022, 1, 4)).orElseThrow().nameEn()).isEqualTo("2nd January (Scotland) (substitute day)");
    }
}
