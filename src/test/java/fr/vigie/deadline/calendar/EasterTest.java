package fr.vigie.deadline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTest {

    /** Published Gregorian Easter dates, including the earliest possible (22 March) and the latest (25 April). */
    @ParameterizedTest(name = "Easter {0} = {1}")
    @CsvSource({
            "1818, 1818-03-22",
            "1900, 1900-04-15",
            "1943, 1943-04-25",
            "1961, 1961-04-02",
            "2000, 2000-04-23",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2038, 2038-04-25",
            "2200, 2200-04-06",
            "2285, 2285-03-22"})
    void easterSunday(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }
}
