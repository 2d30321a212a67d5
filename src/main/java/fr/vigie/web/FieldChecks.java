package fr.vigie.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects every problem of one submission, so the user sees them all at once, then throws them
 * together. Text is trimmed; blank optional text becomes null; control characters are refused
 * (tab and line breaks are allowed in multi-line fields).
 */
public final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"']+$");

    private final Msg msg;
    private final List<FieldError> errors = new ArrayList<>();

    public FieldChecks(Msg msg) {
        this.msg = msg;
    }

    public Msg msg() {
        return msg;
    }

    /** Single-line text: no control character at all. */
    public String line(String field, String value, boolean required, int max) {
        return text(field, value, required, max, false);
    }

    /** Multi-line text (addresses, notes). */
    public String lines(String field, String value, boolean required, int max) {
        return text(field, value, required, max, true);
    }

    private String text(String field, String value, boolean required, int max, boolean multiline) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                add(field, msg.v_required());
            }
            return null;
        }
        // counted in UTF-16 units, as H2 counts a VARCHAR (an emoji is two): never more than the column holds on
        // H2 or PostgreSQL (which counts characters), so a long text is a 422 naming the field, not a 500 at insert
        if (trimmed.length() > max) {
            add(field, msg.v_too_long(max));
            return null;
        }
        if (hasForbiddenControl(trimmed, multiline)) {
            add(field, msg.v_control_chars());
            return null;
        }
        return multiline ? trimmed.replace("\r\n", "\n") : trimmed;
    }

    public String email(String field, String value, int max) {
        String email = line(field, value, false, max);
        if (email != null && !EMAIL.matcher(email).matches()) {
            add(field, msg.v_email());
            return null;
        }
        return email;
    }

    /** An http(s) address: anything else (javascript:, data:) would become a dangerous link. */
    public String url(String field, String value, int max) {
        String url = line(field, value, false, max);
        if (url == null) {
            return null;
        }
        boolean web = url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
        if (!web || url.chars().anyMatch(c -> c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) {
            add(field, msg.v_url());
            return null;
        }
        return url;
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            if (required) {
                add(field, msg.v_required());
            }
            return null;
        }
        Optional<E> match = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
        if (match.isEmpty()) {
            add(field, msg.v_enum(Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
        return match.get();
    }

    /** A whole number from 1 to max; blank gives the default. */
    public long positive(String field, String value, long defaultValue, long max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(field, msg.v_int_range(max));
        return defaultValue;
    }

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** Whether text holds a character no single-line field accepts (NUL among them, which PostgreSQL cannot even compare). */
    public static boolean hasForbiddenControl(String text) {
        return hasForbiddenControl(text, false);
    }

    static boolean hasForbiddenControl(String text, boolean multiline) {
        return text.codePoints().anyMatch(c -> (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
                || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                || (c >= 0xd800 && c <= 0xdfff));
    }
}
