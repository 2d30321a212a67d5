package fr.vigie.deadline.calendar;

import static fr.vigie.deadline.calendar.CalendarAssertions.dates;
import static fr.vigie.deadline.calendar.CalendarAssertions.holidayDates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Länder's public holidays, from their Feiertagsgesetze (the BMI's published list for each year). */
class GermanLandsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DE-BW | 2025 | 01-01 01-06 04-18 04-21 05-01 05-29 06-09 06-19 10-03 11-01 12-25 12-26
            DE-BY | 2025 | 01-01 01-06 04-18 04-21 05-01 05-29 06-09 06-19 10-03 11-01 12-25 12-26
            DE-BE | 2025 | 01-01 03-08 04-18 04-21 05-01 05-08 05-29 06-09 10-03 12-25 12-26
            DE-BE | 2018 | 01-01 03-30 04-02 05-01 05-10 05-21 10-03 12-25 12-26
            DE-BB | 2025 | 01-01 04-18 04-21 05-01 05-29 06-09 10-03 10-31 12-25 12-26
            DE-HB | 2017 | 01-01 04-14 04-17 05-01 05-25 06-05 10-03 10-31 12-25 12-26
            DE-HB | 2018 | 01-01 03-30 04-02 05-01 05-10 05-21 10-03 10-31 12-25 12-26
            DE-HE | 2025 | 01-01 04-18 04-21 05-01 05-29 06-09 06-19 10-03 12-25 12-26
            DE-MV | 2022 | 01-01 04-15 04-18 05-01 05-26 06-06 10-03 10-31 12-25 12-26
            DE-MV | 2023 | 01-01 03-08 04-07 04-10 05-01 05-18 05-29 10-03 10-31 12-25 12-26
            DE-NW | 2025 | 01-01 04-18 04-21 05-01 05-29 06-09 06-19 10-03 11-01 12-25 12-26
            DE-SL | 2025 | 01-01 04-18 04-21 05-01 05-29 06-09 06-19 08-15 10-03 11-01 12-25 12-26
            DE-SN | 2025 | 01-01 04-18 04-21 05-01 05-29 06-09 10-03 10-31 11-19 12-25 12-26
            DE-SN | 2024 | 01-01 03-29 04-01 05-01 05-09 05-20 10-03 10-31 11-20 12-25 12-26
            DE-ST | 2025 | 01-01 01-06 04-18 04-21 05-01 05-29 06-09 10-03 10-31 12-25 12-26
            DE-TH | 2025 | 01-01 04-18 04-21 05-01 05-29 06-09 09-20 10-03 10-31 12-25 12-26
            DE-TH | 2018 | 01-01 03-30 04-02 05-01 05-10 05-21 10-03 10-31 12-25 12-26
            """)
    void landHolidays(String land, int year, String expected) {
        assertThat(holidayDates(GermanLands.calendar(land).orElseThrow(), year)).containsExactlyElementsOf(dates(year, expected));
    }

    /** Every Land keeps the nationwide holidays; unknown codes have no calendar. */
    @Test
    void everyLandHasTheNationwideHolidays() {
        assertThat(GermanLands.codes()).hasSize(16).first().isEqualTo("DE-BW");
        for (String land : GermanLands.codes()) {
            Calendar calendar = GermanLands.calendar(land).orElseThrow();
            for (int year = 2006; year <= 2030; year++) {
                assertThat(holidayDates(calendar, year)).as(land + " " + year).containsAll(holidayDates(GermanCalendar.CALENDAR, year));
            }
        }
        assertThat(GermanLands.calendar("DE-XX")).isEmpty();
        assertThat(GermanLands.calendar("de-nw")).isEmpty();
        assertThat(GermanLands.name("DE-NW")).isEqualTo("Nordrhein-Westfalen");
        assertThat(GermanLands.calendar("DE-SN").orElseThrow().isWorkingDay(LocalDate.of(2025, 11, 19))).isFalse();
    }
}
