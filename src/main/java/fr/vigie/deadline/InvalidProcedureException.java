package fr.vigie.deadline;

import java.util.Locale;

/**
 * Input the engine cannot compute from, naming the offending field ("regime", "territory",
 * "events[2].type", "events[1].date", "suspensions[0].to") and why, in French and English.
 */
public class InvalidProcedureException extends IllegalArgumentException {

    private final String field;
    private final String reasonFr;
    private final String reasonEn;

    public InvalidProcedureException(String field, String reasonFr, String reasonEn) {
        super(field + ": " + reasonEn);
        this.field = field;
        this.reasonFr = reasonFr;
        this.reasonEn = reasonEn;
    }

    public String field() {
        return field;
    }

    public String reasonFr() {
        return reasonFr;
    }

    public String reasonEn() {
        return reasonEn;
    }

    public String reason(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? reasonFr : reasonEn;
    }
}
