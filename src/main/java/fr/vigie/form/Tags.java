package fr.vigie.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.vigie.app.Violation;
import fr.vigie.app.ViolationCode;

/**
 * The one rule for tags, wherever they are typed (a request, a campaign, a bulk action): at most {@link #MAX} tags
 * of {@link #LENGTH} characters, letters, digits, space, dash and underscore, compared lower-cased.
 */
public final class Tags {

    public static final int MAX = 10;
    public static final int LENGTH = 40;
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*$");

    private Tags() {
    }

    /** The tags of a page's one-line, comma-separated field. */
    public static List<String> ofLine(String line) {
        return line == null || line.isBlank() ? List.of() : List.of(line.split(","));
    }

    /**
     * The tags lower-cased, inner spaces folded, blanks and repeats dropped; or, when one is not a tag or there
     * are too many, a violation of {@code code} on the field "tags" (arguments: {@link #MAX}, {@link #LENGTH}).
     */
    public static List<String> clean(List<String> tags, ViolationCode code, List<Violation> violations) {
        List<String> clean = new ArrayList<>();
        for (String t : tags) {
            String tag = t == null ? "" : t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (tag.isEmpty() || clean.contains(tag)) {
                continue;
            }
            if (tag.length() > LENGTH || !TAG.matcher(tag).matches()) {
                violations.add(Violation.of("tags", code, MAX, LENGTH));
                return List.of();
            }
            clean.add(tag);
        }
        if (clean.size() > MAX) {
            violations.add(Violation.of("tags", code, MAX, LENGTH));
        }
        return clean;
    }

    /** Clean tags as stored: ",tag1,tag2," so that one tag is found with LIKE '%,tag,%' (",": none). */
    public static String stored(List<String> clean) {
        return clean.isEmpty() ? "," : "," + String.join(",", clean) + ",";
    }

    /** The tags of their stored form. */
    public static List<String> ofStored(String stored) {
        return Arrays.stream(stored.split(",")).filter(t -> !t.isEmpty()).toList();
    }
}
