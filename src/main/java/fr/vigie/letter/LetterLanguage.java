package fr.vigie.letter;

import java.time.LocalDate;
import java.util.Locale;

import fr.vigie.deadline.Regime;
import fr.vigie.deadline.period.DateText;

/** The language a letter is written in: the regime's, whatever the interface language. */
public enum LetterLanguage {
    FR, EN_US, EN_GB, DE;

    private static final String[] MONTHS_DE = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    public static LetterLanguage of(Regime regime) {
        return switch (regime) {
            case FR_CRPA, FR_GDPR -> FR;
            case US_FOIA -> EN_US;
            case UK_FOIA -> EN_GB;
            case DE_IFG -> DE;
        };
    }

    /**
     * A date written out as letters write it: "mercredi 16 décembre 2026", "December 16, 2026",
     * "16 December 2026", "16. Dezember 2026".
     */
    public String date(LocalDate date) {
        return switch (this) {
            case FR -> DateText.format(date, Locale.FRENCH);
            case EN_US -> MONTHS_EN[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
            case EN_GB -> date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + date.getYear();
            case DE -> date.getDayOfMonth() + ". " + MONTHS_DE[date.getMonthValue() - 1] + " " + date.getYear();
        };
    }

    /** "Paris, le mercredi 16 décembre 2026" / "Berlin, 16. Dezember 2026" / the date alone in English. */
    public String placeAndDate(String place, LocalDate date) {
        return switch (this) {
            case FR -> place + ", le " + date(date);
            case DE -> place + ", " + date(date);
            case EN_US, EN_GB -> date(date);
        };
    }

    public boolean isFrench() {
        return this == FR;
    }

    public String code() {
        return switch (this) {
            case FR -> "fr";
            case EN_US, EN_GB -> "en";
            case DE -> "de";
        };
    }
}
