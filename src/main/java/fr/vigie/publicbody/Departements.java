package fr.vigie.publicbody;

import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.deadline.Territory;

/**
 * A body's département code, checked by the deadline engine's own list of territories, so that every
 * code a body can carry is one whose holiday calendar the engine knows.
 */
public final class Departements {

    private Departements() {
    }

    /** The canonical form of a code ("2a" → "2A"; leading zeros are required), or null if unknown. */
    public static String canonical(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Territory territory = Territory.parse(code);
            return territory.isNational() ? null : territory.code();
        } catch (InvalidProcedureException e) {
            return null;
        }
    }
}
