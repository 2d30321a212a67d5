package fr.vigie.deadline;

import java.util.Locale;

/** A short text in French and English. */
public record Text(String fr, String en) {

    /** French for any French locale, English otherwise. */
    public String in(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
