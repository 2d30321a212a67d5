package fr.vigie.request.document;

import java.text.Normalizer;

/** Makes a sender's file name safe to store, show and send back in a Content-Disposition header. */
public final class FileNames {

    static final int MAX = 200;
    private static final String FALLBACK = "document";

    private FileNames() {
    }

    /** Drops any folder part (so "../../etc/passwd.pdf" is "passwd.pdf"), control and invisible characters. */
    static String sanitise(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        // FORMAT covers the right-to-left override that makes "fdp.exe" read "exe.pdf"
        name.codePoints().filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT
                && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.LINE_SEPARATOR
                && Character.getType(c) != Character.PARAGRAPH_SEPARATOR)
                .map(c -> "<>:\"|?*".indexOf(c) >= 0 ? '_' : c).forEach(kept::appendCodePoint);
        name = kept.toString().strip().replaceFirst("^[.\\s]+", "");
        return name.isEmpty() ? FALLBACK : shorten(name);
    }

    /** The extension, lower case, without the dot; empty if none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** ASCII stand-in for old clients; the exact name goes in filename*. */
    public static String ascii(String name) {
        return name.codePoints().map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '%' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Keeps the extension when the name is cut to {@link #MAX} characters. */
    private static String shorten(String name) {
        // UTF-16 units, as H2 counts the column (an emoji is two); never cut between the two halves of one
        if (name.length() <= MAX) {
            return name;
        }
        String ext = extension(name);
        String tail = ext.isEmpty() || ext.length() > 20 ? "" : "." + name.substring(name.length() - ext.length());
        int keep = MAX - tail.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep) + tail;
    }
}
