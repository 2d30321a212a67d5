package fr.vigie.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A short passage around what matched: its plain text, the ranges of it that matched (start inclusive, end
 * exclusive), and where it starts in the whole text (to tell the page of a document). Pages render
 * {@link #parts()}, each escaped; the API gives the text and the ranges.
 */
public record Snippet(String text, List<int[]> marks, int startOffset) {

    /** A piece of the snippet, marked or not. */
    public record Part(String text, boolean mark) {
    }

    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (int[] m : marks) {
            if (m[0] > at) {
                parts.add(new Part(text.substring(at, m[0]), false));
            }
            parts.add(new Part(text.substring(m[0], m[1]), true));
            at = m[1];
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }
}
