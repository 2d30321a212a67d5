package fr.vigie.web;

import java.text.Normalizer;
import java.util.Locale;

/** Text folding for search and duplicate detection: "Nîmes", "NIMES " and "nimes" are the same. */
public final class Texts {

    private Texts() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .replace('’', '\'').replace('–', '-').replace('—', '-')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** A LIKE pattern matching the folded text anywhere, with the user's % and _ taken literally. */
    public static String containsPattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
