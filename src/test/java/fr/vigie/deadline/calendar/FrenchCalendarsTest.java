package fr.vigie.deadline.calendar;

import static fr.vigie.deadline.calendar.CalendarAssertions.dates;
import static fr.vigie.deadline.calendar.CalendarAssertions.holidayDates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchCalendarsTest {

    private static final Map<String, Calendar> CALENDARS = Map.of(
            "ALSACE_MOSELLE", FrenchCalendars.ALSACE_MOSELLE,
            "GUADELOUPE", FrenchCalendars.GUADELOUPE,
            "MARTINIQUE", FrenchCalendars.MARTINIQUE,
            "GUYANE", FrenchCalendars.GUYANE,
            "LA_REUNION", FrenchCalendars.LA_REUNION,
            "MAYOTTE", FrenchCalendars.MAYOTTE,
            "SAINT_MARTIN", FrenchCalendars.SAINT_MARTIN,
            "SAINT_BARTHELEMY", FrenchCalendars.SAINT_BARTHELEMY);

    /** service-public.fr, "Jours fériés" for each year. */
    @ParameterizedTest(name = "France {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024 | 01-01 04-01 05-01 05-08 05-09 05-20 07-14 08-15 11-01 11-11 12-25
            2025 | 01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-01 11-11 12-25
            2026 | 01-01 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25
            """)
    void nationalHolidays(int year, String expected) {
        assertThat(holidayDates(FrenchCalendars.NATIONAL, year)).containsExactlyElementsOf(dates(year, expected));
    }

    /** National holidays plus the local ones (L3134-13, décret 83-1003). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ALSACE_MOSELLE   | 2025 | 04-18 12-26
            GUADELOUPE       | 2025 | 05-27
            MARTINIQUE       | 2025 | 05-22
            GUYANE           | 2025 | 06-10
            LA_REUNION       | 2025 | 12-20
            MAYOTTE          | 2025 | 04-27
            SAINT_MARTIN     | 2025 | 05-28
            SAINT_BARTHELEMY | 2025 | 10-09
            SAINT_MARTIN     | 2017 | 05-27
            SAINT_BARTHELEMY | 2005 | 05-27
            LA_REUNION       | 1983 | 12-20
            """)
    void localHolidaysAddToTheNationalOnes(String territory, int year, String local) {
        List<LocalDate> expected = new ArrayList<>(holidayDates(FrenchCalendars.NATIONAL, year));
        expected.addAll(dates(year, local));

        assertThat(holidayDates(CALENDARS.get(territory), year)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Years with no local day: before décret 83-1003, and Saint-Barthélemy / Saint-Martin 2008-2011. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GUADELOUPE, 1983", "MARTINIQUE, 1982", "SAINT_BARTHELEMY, 2010", "SAINT_MARTIN, 2010"})
    void noLocalHolidayYet(String territory, int year) {
        assertThat(holidayDates(CALENDARS.get(territory), year)).isEqualTo(holidayDates(FrenchCalendars.NATIONAL, year));
    }

    /** 8 May: loi 53-225 (1953), décret 59-533 (not a holiday 1959-1981), loi 81-893 (again from 1982). */
    @ParameterizedTest(name = "{0} holiday: {1}")
    @CsvSource({"1955-05-08, true", "1970-05-08, false", "1981-05-08, false", "1982-05-08, true", "2005-05-16, true"})
    void historicalFrenchDays(LocalDate date, boolean holiday) {
        assertThat(FrenchCalendars.NATIONAL.holidayOn(date).isPresent()).isEqualTo(holiday);
    }

    @Test
    void holidaysAreNamedInBothLanguages() {
        Holiday allSaints = FrenchCalendars.NATIONAL.holidayOn(LocalDate.of(2025, 11, 1)).orElseThrow();

        assertThat(allSaints.nameFr()).isEqualTo("Toussaint");
        assertThat(allSaints.nameEn()).isEqualTo("All Saints' Day");
        assertThat(FrenchCalendars.ALSACE_MOSELLE.holidayOn(LocalDate.of(2025, 4, 18)).orElseThrow().nameEn()).isEqualTo("Good Friday");
    }

    @Test
    void localHolidaysAreNotNationalOnes() {
        assertThat(FrenchCalendars.NATIONAL.isWorkingDay(LocalDate.of(2025, 12, 26))).isTrue();
        assertThat(FrenchCalendars.ALSACE_MOSELLE.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
    }
}
