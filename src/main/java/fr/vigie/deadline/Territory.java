package fr.vigie.deadline;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.calendar.FrenchCalendars;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the public body sits, as a French département code or overseas code. It only matters
 * for the French regimes, whose act-by dates still follow the national calendar (policy C).
 *
 * <p>Codes: blank = national; "01".."95" except "20", "2A", "2B" (metropolitan; 57, 67, 68 =
 * Alsace-Moselle); 971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte;
 * Saint-Martin "MF" or its INSEE code 978, Saint-Barthélemy "BL" or 977; 975 Saint-Pierre-et-Miquelon
 * has no local holiday in décret 83-1003 and so the national calendar. Other codes (e.g. 986-988,
 * where the CRPA does not apply as such) are refused.
 */
public final class Territory {

    /** The kind of place, with the calendar in force there (national plus local holidays). */
    public enum Area {
        NATIONAL(FrenchCalendars.NATIONAL),
        METROPOLE(FrenchCalendars.NATIONAL),
        ALSACE_MOSELLE(FrenchCalendars.ALSACE_MOSELLE),
        GUADELOUPE(FrenchCalendars.GUADELOUPE),
        MARTINIQUE(FrenchCalendars.MARTINIQUE),
        GUYANE(FrenchCalendars.GUYANE),
        LA_REUNION(FrenchCalendars.LA_REUNION),
        MAYOTTE(FrenchCalendars.MAYOTTE),
        SAINT_MARTIN(FrenchCalendars.SAINT_MARTIN),
        SAINT_BARTHELEMY(FrenchCalendars.SAINT_BARTHELEMY),
        SAINT_PIERRE_ET_MIQUELON(FrenchCalendars.NATIONAL);

        private final Calendar calendar;

        Area(Calendar calendar) {
            this.calendar = calendar;
        }
    }

    /** No territory given: the regime's national calendar. */
    public static final Territory NATIONAL = new Territory(null, Area.NATIONAL);

    private final String code;
    private final Area area;

    private Territory(String code, Area area) {
        this.code = code;
        this.area = area;
    }

    /** Parses a code (trimmed, case-insensitive); null or blank is {@link #NATIONAL}; an unknown code is an error on "territory". */
    public static Territory parse(String code) {
        if (code == null || code.isBlank()) {
            return NATIONAL;
        }
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        return new Territory(normalized, areaOf(normalized));
    }

    private static Area areaOf(String code) {
        switch (code) {
            case "57", "67", "68": return Area.ALSACE_MOSELLE;
            case "971": return Area.GUADELOUPE;
            case "972": return Area.MARTINIQUE;
            case "973": return Area.GUYANE;
            case "974": return Area.LA_REUNION;
            case "975": return Area.SAINT_PIERRE_ET_MIQUELON;
            case "976": return Area.MAYOTTE;
            case "977", "BL": return Area.SAINT_BARTHELEMY;
            case "978", "MF": return Area.SAINT_MARTIN;
            case "2A", "2B": return Area.METROPOLE;
            default:
                if (code.matches("\\d\\d") && !code.equals("00") && !code.equals("20") && Integer.parseInt(code) <= 95) {
                    return Area.METROPOLE;
                }
                throw new InvalidProcedureException("territory", "code de territoire inconnu : « " + code + " »",
                        "unknown territory code: \"" + code + "\"");
        }
    }

    /** The code as given (normalized), or null for {@link #NATIONAL}. */
    public String code() {
        return code;
    }

    public Area area() {
        return area;
    }

    public boolean isNational() {
        return area == Area.NATIONAL;
    }

    /** Overseas (971-978, MF, BL): where a tribunal administratif sits overseas too (CJA R421-7 al. 2). */
    public boolean isOverseas() {
        return area != Area.NATIONAL && area != Area.METROPOLE && area != Area.ALSACE_MOSELLE;
    }

    /** True where local holidays add to the national ones (Alsace-Moselle, overseas). */
    public boolean hasLocalCalendar() {
        return area.calendar != FrenchCalendars.NATIONAL;
    }

    /** The French calendar in force there: national plus local holidays. */
    Calendar localCalendar() {
        return area.calendar;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Territory that && Objects.equals(code, that.code) && area == that.area;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, area);
    }

    @Override
    public String toString() {
        return code == null ? "NATIONAL" : code + " (" + area + ")";
    }
}
