package fr.vigie.search.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text read from a document: its content, where each page starts in it (empty when the format has no
 * pages), whether OCR read any of it, and whether it was cut at the character limit.
 */
public record Extracted(String text, List<Integer> pageStarts, boolean ocr, boolean cut) {

    /** Text a database can store: no NUL (PostgreSQL refuses it), no lone surrogate; blank lines folded. */
    public static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                out.append(c).append(raw.charAt(++i));
            } else {
                out.append(c == 0 || lone || (c < 0x20 && c != '\n' && c != '\t') ? ' ' : c);
            }
        }
        return out.toString();
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    public String pageStartsText() {
        return pageStarts.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public int pages() {
        return Math.max(1, pageStarts.size());
    }
}
