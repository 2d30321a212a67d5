package fr.vigie.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
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

    /** Folded text reduced to words: punctuation, hyphens and apostrophes become single spaces. */
    public static String searchable(String text) {
        return fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The words of a search query, at most {@code max} of them. */
    public static List<String> words(String query, int max) {
        String searchable = searchable(query);
        return searchable.isEmpty() ? List.of() : Arrays.stream(searchable.split(" ")).limit(max).toList();
    }

    /** A LIKE pattern matching the word anywhere (words hold no LIKE wildcard: they are letters and digits). */
    public static String containsPattern(String word) {
        return "%" + word + "%";
    }

    /** The escape character of {@link #tagPattern}: queries say {@code like :tag escape '!'}. */
    public static final String LIKE_ESCAPE = "!";

    /**
     * A LIKE pattern finding one tag in a ",tag1,tag2," column. The tag is taken literally: its % and _ are
     * escaped (they acted as wildcards, so "%" matched every tag).
     */
    public static String tagPattern(String tag) {
        String literal = tag.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%," + literal + ",%";
    }
}
