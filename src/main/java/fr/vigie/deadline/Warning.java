package fr.vigie.deadline;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A warning of the engine, as data: what is wrong ({@link WarningCode}), about which event and its date, and the
 * date it is measured against (the refusal a referral came before, the last day of a period...), or null.
 */
public record Warning(WarningCode code, EventType event, LocalDate date, LocalDate reference) {

    /** The warning in French or English: what happened, its article, what the chain does about it and what to do. */
    public String message(Locale locale) {
        return WarningText.write(this, locale);
    }
}
