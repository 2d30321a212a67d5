package fr.vigie.request.web;

import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;

/** The version a client read, as pages and query strings send it: one reading for every route. */
final class Versions {

    private Versions() {
    }

    /** None when blank; a whole number, or a refusal (400) naming {@code version}. */
    static Long optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.malformed("version", FormCode.NOT_AN_ID);
        }
    }

    /** Required: a form always sends the version it showed; a missing or unreadable one is a conflict, never a guess. */
    static long required(String value) {
        try {
            Long version = optional(value);
            return version == null ? -1 : version;
        } catch (Refusal e) {
            return -1;
        }
    }
}
