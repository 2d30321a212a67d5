package fr.vigie.letter.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * Text of a PDF page, as {pdf:unbroken(line)}: escaped, with every article number ("L911-1", "R*311-12", "R343-4")
 * and hyphenated date kept on one line. Lines break at hyphens, and a court or the CADA reading "article L911-" at
 * the end of a line and "1" on the next would have to guess; the characters stay the ones typed (a search in the
 * PDF for "L911-1" finds it), only the layout changes.
 */
@TemplateExtension(namespace = "pdf")
public final class PdfTextRuns {

    /** A number with hyphens, after an optional code letter and star, not inside a longer word. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[LRDA]\\*?)?\\p{N}+(?:-\\p{N}+)+(?![\\p{L}\\p{N}])");

    private PdfTextRuns() {
    }

    static RawString unbroken(String text) {
        if (text == null) {
            return new RawString("");
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        Matcher m = REFERENCE.matcher(text);
        int from = 0;
        while (m.find()) {
            html.append(escape(text.substring(from, m.start()))).append("<span class=\"unbroken\">").append(escape(m.group()))
                    .append("</span>");
            from = m.end();
        }
        return new RawString(html.append(escape(text.substring(from))).toString());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
