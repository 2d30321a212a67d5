package fr.vigie.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.vigie.deadline.Regime;

/** Dates as each letter writes them, and the language of each regime. */
class LetterLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FR_CRPA | 2026-12-16 | mercredi 16 décembre 2026 | Paris, le mercredi 16 décembre 2026",
        "FR_GDPR | 2025-05-01 | jeudi 1er mai 2025        | Paris, le jeudi 1er mai 2025",
        "US_FOIA | 2026-02-18 | February 18, 2026         | February 18, 2026",
        "UK_FOIA | 2025-06-10 | 10 June 2025              | 10 June 2025",
        "DE_IFG  | 2025-03-20 | 20. März 2025             | Paris, 20. März 2025" })
    void datesInTheLettersLanguage(Regime regime, LocalDate date, String written, String placeAndDate) {
        LetterLanguage lang = LetterLanguage.of(regime);
        assertThat(lang.date(date)).isEqualTo(written);
        assertThat(lang.placeAndDate("Paris", date)).isEqualTo(placeAndDate);
    }
}
