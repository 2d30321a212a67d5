package fr.vigie.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Typed values of form fields (text as submitted), once they passed their constraint; null for none. */
public final class FormValues {

    private FormValues() {
    }

    /** The constant named {@code name} of {@code type} (see {@link OneOf}). */
    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A YYYY-MM-DD date that exists (see {@link IsoDate}). */
    public static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A record id, from 1 (see {@link RecordId}). */
    public static Long id(String value) {
        try {
            long id = value == null ? 0 : Long.parseLong(value);
            return id >= 1 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Yes or no (see {@link Flag}). */
    public static Boolean flag(String value) {
        return switch (value == null ? "" : value) {
            case "true", "on", "yes", "oui" -> Boolean.TRUE;
            case "false", "no", "non" -> Boolean.FALSE;
            default -> null;
        };
    }
}
