package fr.vigie.deadline.calendar;

import static fr.vigie.deadline.calendar.CalendarAssertions.dates;
import static fr.vigie.deadline.calendar.CalendarAssertions.nonWorkingWeekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsFederalCalendarTest {

    private static final Calendar US = UsFederalCalendar.CALENDAR;

    /** OPM "Federal Holidays" lists (observed days); 2021-12-31 is New Year 2022 observed, 2027-12-31 New Year 2028. */
    @ParameterizedTest(name = "US {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021 | 01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31
            2022 | 01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26
            2023 | 01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25
            2024 | 01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25
            2025 | 01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25
            2026 | 01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25
            2027 | 01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31
            """)
    void observedFederalHolidays(int year, String expected) {
        assertThat(nonWorkingWeekdays(US, year)).containsExactlyElementsOf(dates(year, expected));
    }

    /** Start years of 5 U.S.C. 6103 holidays and the Uniform Monday Holiday Act (1971). */
    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2020-06-19, true",   // Juneteenth only from 2021
            "1985-01-21, true",   // MLK Day only from 1986
            "1986-01-20, false",
            "1970-02-23, false",  // 22 Feb 1970 on a Sunday, observed Monday
            "1971-02-15, false",  // third Monday of February from 1971
            "1975-10-27, false",  // Veterans Day on the fourth Monday of October 1971-1977
            "1975-11-11, true",
            "1978-11-10, false"}) // 11 Nov 1978 a Saturday, observed Friday
    void historicalFederalDays(LocalDate date, boolean working) {
        assertThat(US.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void observedDayIsNamedAsObserved() {
        assertThat(US.holidayOn(LocalDate.of(2021, 12, 31)).orElseThrow().nameEn()).isEqualTo("New Year's Day (observed)");
        assertThat(US.holidayOn(LocalDate.of(2026, 7, 4)).orElseThrow().nameEn()).isEqualTo("Independence Day");
    }
}
