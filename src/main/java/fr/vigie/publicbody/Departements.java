package fr.vigie.publicbody;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * INSEE département codes: metropolitan 01-95 with Corsica as 2A/2B, overseas 971-976, and the
 * overseas collectivities by number (975, 977, 978, 986-988) or letters (MF Saint-Martin, BL Saint-Barthélemy).
 */
public final class Departements {

    private static final Pattern CODE = Pattern.compile("^(0[1-9]|1[0-9]|2[1-9]|2A|2B|[3-8][0-9]|9[0-5]|97[1-8]|98[6-8]|MF|BL)$");

    private Departements() {
    }

    /** The canonical form of a code ("2a" → "2A", " 6 " is not "06": leading zeros are required), or null if unknown. */
    public static String canonical(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(upper).matches() ? upper : null;
    }
}
