package fr.vigie.deadline.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025-11-01, samedi 1er novembre 2025, Saturday 1 November 2025",
            "2025-06-08, dimanche 8 juin 2025, Sunday 8 June 2025",
            "2026-08-17, lundi 17 août 2026, Monday 17 August 2026"})
    void writesDatesInFrenchAndEnglish(LocalDate date, String french, String english) {
        assertThat(DateText.format(date, Locale.FRENCH)).isEqualTo(french);
        assertThat(DateText.format(date, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 | MONTHS       | FRANC               | 2 mois francs                                  | 2 months (délai franc)
            2 | MONTHS       | FRANC_FROM_NEXT_DAY | 2 mois francs, comptés à partir du lendemain  | 2 months (délai franc, counted from the next day)
            1 | MONTHS       | PLAIN               | 1 mois                                         | 1 month
            15| DAYS         | FRANC               | 15 jours francs                                | 15 days (délai franc)
            20| WORKING_DAYS | PLAIN               | 20 jours ouvrés                                | 20 working days
            """)
    void describesPeriods(int amount, PeriodUnit unit, Counting counting, String french, String english) {
        Period period = new Period(amount, unit, counting);

        assertThat(period.describe(Locale.FRENCH)).isEqualTo(french);
        assertThat(period.describe(Locale.ENGLISH)).isEqualTo(english);
    }
}
