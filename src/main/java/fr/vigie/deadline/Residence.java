package fr.vigie.deadline;

import java.util.Locale;

/**
 * Where the requester lives, for the distance periods of CJA R421-7 (French regimes): the court period is one
 * month longer for a requester living overseas before a tribunal in metropolitan France or the Conseil d'État,
 * or living elsewhere than the overseas collectivity where the tribunal sits, and two months longer from abroad.
 */
public enum Residence {
    METROPOLE, OVERSEAS, ABROAD;

    /** The residence named {@code name} (case-insensitive, trimmed); null or blank is METROPOLE; anything else an error on the field. */
    public static Residence parse(String name, String field) {
        if (name == null || name.isBlank()) {
            return METROPOLE;
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (Residence residence : values()) {
            if (residence.name().equals(wanted)) {
                return residence;
            }
        }
        throw new InvalidProcedureException(field, "lieu de résidence inconnu : « " + name + " » (METROPOLE, OVERSEAS ou ABROAD)",
                "unknown residence: \"" + name + "\" (METROPOLE, OVERSEAS or ABROAD)");
    }
}
