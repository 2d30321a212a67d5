package fr.vigie.deadline.calendar;

import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.Month.AUGUST;
import static java.time.Month.JANUARY;
import static java.time.Month.MARCH;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sixteen Länder, by ISO 3166-2 code (DE-BW ... DE-TH), each with its calendar: the nationwide
 * holidays plus the Land's own, as fixed by its Feiertagsgesetz. BGB §193 moves a last day off "einen am
 * Erklärungs- oder Leistungsort staatlich anerkannten allgemeinen Feiertag": the holidays where the
 * authority sits.
 *
 * <p>Only holidays of the whole Land are modelled. Holidays of some municipalities only (Fronleichnam in
 * parts of Saxony and Thuringia, Mariä Himmelfahrt in the Catholic municipalities of Bavaria, the
 * Augsburger Friedensfest on 8 August) are not: the act-by date never depends on them anyway (it uses the
 * nationwide calendar). Start years matter from 2006, when the IFG came into force: Reformationstag in
 * Bremen, Hamburg, Lower Saxony and Schleswig-Holstein from 2018; International Women's Day in Berlin from
 * 2019 and Mecklenburg-Vorpommern from 2023; Weltkindertag in Thuringia from 2019; Berlin's one-off
 * Tag der Befreiung on 8 May 2020 and 8 May 2025. Buß- und Bettag was a holiday in every Land until 1994,
 * in Saxony only since 1995 (earlier years are not modelled here).
 */
public final class GermanLands {

    private static final HolidayRule EPIPHANY = HolidayRule.fixed(JANUARY, 6,
            "Épiphanie (Heilige Drei Könige)", "Epiphany (Heilige Drei Könige)");
    private static final HolidayRule CORPUS_CHRISTI = HolidayRule.easter(60, "Fête-Dieu (Fronleichnam)", "Corpus Christi (Fronleichnam)");
    private static final HolidayRule ALL_SAINTS = HolidayRule.fixed(NOVEMBER, 1, "Toussaint (Allerheiligen)", "All Saints' Day (Allerheiligen)");
    private static final HolidayRule REFORMATION = HolidayRule.fixed(OCTOBER, 31,
            "Jour de la Réforme (Reformationstag)", "Reformation Day (Reformationstag)");
    private static final HolidayRule WOMEN = HolidayRule.fixed(MARCH, 8,
            "Journée internationale des femmes (Frauentag)", "International Women's Day (Frauentag)");

    /** Code → [German name, its own holidays]; insertion order is the order of the codes. */
    private static final Map<String, Land> LANDS = new LinkedHashMap<>();

    private record Land(String name, Calendar calendar) {
    }

    static {
        land("DE-BW", "Baden-Württemberg", EPIPHANY, CORPUS_CHRISTI, ALL_SAINTS);
        land("DE-BY", "Bayern", EPIPHANY, CORPUS_CHRISTI, ALL_SAINTS);
        land("DE-BE", "Berlin", WOMEN.from(2019),
                HolidayRule.oneOff(LocalDate.of(2020, 5, 8), "Jour de la Libération (Tag der Befreiung)", "Liberation Day (Tag der Befreiung)"),
                HolidayRule.oneOff(LocalDate.of(2025, 5, 8), "Jour de la Libération (Tag der Befreiung)", "Liberation Day (Tag der Befreiung)"));
        land("DE-BB", "Brandenburg", REFORMATION.from(1991));
        land("DE-HB", "Bremen", REFORMATION.from(2018));
        land("DE-HH", "Hamburg", REFORMATION.from(2018));
        land("DE-HE", "Hessen", CORPUS_CHRISTI);
        land("DE-MV", "Mecklenburg-Vorpommern", REFORMATION.from(1991), WOMEN.from(2023));
        land("DE-NI", "Niedersachsen", REFORMATION.from(2018));
        land("DE-NW", "Nordrhein-Westfalen", CORPUS_CHRISTI, ALL_SAINTS);
        land("DE-RP", "Rheinland-Pfalz", CORPUS_CHRISTI, ALL_SAINTS);
        land("DE-SL", "Saarland", CORPUS_CHRISTI,
                HolidayRule.fixed(AUGUST, 15, "Assomption (Mariä Himmelfahrt)", "Assumption Day (Mariä Himmelfahrt)"), ALL_SAINTS);
        land("DE-SN", "Sachsen", REFORMATION.from(1991),
                HolidayRule.weekdayBefore(NOVEMBER, 23, WEDNESDAY, "Jour de pénitence et de prière (Buß- und Bettag)",
                        "Day of Repentance and Prayer (Buß- und Bettag)").from(1995));
        land("DE-ST", "Sachsen-Anhalt", EPIPHANY, REFORMATION.from(1991));
        land("DE-SH", "Schleswig-Holstein", REFORMATION.from(2018));
        land("DE-TH", "Thüringen", REFORMATION.from(1991),
                HolidayRule.fixed(SEPTEMBER, 20, "Journée des enfants (Weltkindertag)", "Children's Day (Weltkindertag)").from(2019));
    }

    private GermanLands() {
    }

    private static void land(String code, String name, HolidayRule... own) {
        LANDS.put(code, new Land(name, new Calendar("Allemagne, " + name, "Germany, " + name,
                List.of(GermanCalendar.NATIONWIDE, new HolidaySet(List.of(own), Observance.NONE)))));
    }

    /** The ISO 3166-2 codes, DE-BW to DE-TH. */
    public static List<String> codes() {
        return List.copyOf(LANDS.keySet());
    }

    /** The Land's calendar (nationwide and Land holidays) for an upper-case code such as "DE-NW". */
    public static Optional<Calendar> calendar(String code) {
        return Optional.ofNullable(LANDS.get(code)).map(Land::calendar);
    }

    /** The Land's own name ("Nordrhein-Westfalen"), or the code itself when unknown. */
    public static String name(String code) {
        Land land = LANDS.get(code);
        return land == null ? code : land.name();
    }
}
