package fr.vigie.form;

/** What typed text may hold, and how it is tidied before it is checked and stored. */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Whether text holds a character no field accepts: C0 and C1 controls (NUL among them, which PostgreSQL
     * cannot even compare), DEL, the line and paragraph separators, lone surrogates, and the Unicode
     * non-characters (U+FDD0..U+FDEF and the last two code points of every plane). Tab and line breaks are
     * allowed in multi-line fields.
     */
    public static boolean hasForbidden(String text, boolean multiline) {
        return text.codePoints().anyMatch(c -> (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
                || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe);
    }

    /** Trimmed; blank is null. */
    public static String line(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Trimmed, with Windows line ends made plain; blank is null. */
    public static String lines(String value) {
        String trimmed = line(value);
        return trimmed == null ? null : trimmed.replace("\r\n", "\n");
    }
}
