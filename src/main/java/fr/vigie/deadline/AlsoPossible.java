package fr.vigie.deadline;

import java.time.LocalDate;
import java.util.Locale;

/** A later date worth knowing besides the act-by date (policies B, C, F...), with why. Never earlier than the act-by date. */
public record AlsoPossible(LocalDate date, String reasonFr, String reasonEn) {

    public String reason(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? reasonFr : reasonEn;
    }
}
