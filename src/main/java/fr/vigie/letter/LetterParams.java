package fr.vigie.letter;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;

/** Query parameters of the letter routes, read or refused naming the parameter (never a bare 404). */
final class LetterParams {

    private LetterParams() {
    }

    static Long identityId(String value, CurrentLocale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw fr.vigie.web.InvalidInputException.malformed("identityId", locale.msg().v_int_range(Long.MAX_VALUE));
        }
    }

    static String channel(String value, CurrentLocale locale) {
        FieldChecks checks = new FieldChecks(locale.msg());
        LetterChannel channel = checks.oneOf("channel", value, LetterChannel.class, false);
        checks.throwIfAny();
        return channel == null ? null : channel.name();
    }
}
