package fr.vigie.deadline.calendar;

import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.OCTOBER;

import java.time.LocalDate;
import java.util.List;

/**
 * German public holidays common to every Land, the "allgemeine Feiertage" of BGB §193 for a
 * federal authority. No substitute days in Germany. The holidays of each Land are in {@link GermanLands}.
 *
 * <p>Tag der Deutschen Einheit: 17 June 1954–1990 (West German law of 4 Aug 1953), 3 October
 * from 1990 (Einigungsvertrag art. 2(2)); Reformationstag 2017 was a one-off holiday in every Land.
 * Simplification: pre-1949 history is not modelled (the IFG applies from 2006).
 */
public final class GermanCalendar {

    /** The holidays of every Land, so also of the federation. */
    static final HolidaySet NATIONWIDE = new HolidaySet(List.of(
            HolidayRule.fixed(JANUARY, 1, "Nouvel An (Neujahr)", "New Year's Day (Neujahr)"),
            HolidayRule.easter(-2, "Vendredi saint (Karfreitag)", "Good Friday (Karfreitag)"),
            HolidayRule.easter(1, "Lundi de Pâques (Ostermontag)", "Easter Monday (Ostermontag)"),
            HolidayRule.fixed(MAY, 1, "Fête du Travail (Tag der Arbeit)", "Labour Day (Tag der Arbeit)"),
            HolidayRule.easter(39, "Ascension (Christi Himmelfahrt)", "Ascension Day (Christi Himmelfahrt)"),
            HolidayRule.easter(50, "Lundi de Pentecôte (Pfingstmontag)", "Whit Monday (Pfingstmontag)"),
            HolidayRule.fixed(JUNE, 17, "Jour de l'unité allemande (17 juin)", "Day of German Unity (17 June)").from(1954).until(1990),
            HolidayRule.fixed(OCTOBER, 3, "Jour de l'unité allemande", "Day of German Unity").from(1990),
            HolidayRule.oneOff(LocalDate.of(2017, 10, 31), "Jour de la Réforme (500e anniversaire)", "Reformation Day (500th anniversary)"),
            HolidayRule.fixed(DECEMBER, 25, "Noël (1. Weihnachtstag)", "Christmas Day"),
            HolidayRule.fixed(DECEMBER, 26, "Lendemain de Noël (2. Weihnachtstag)", "Second Day of Christmas")),
            Observance.NONE);

    public static final Calendar CALENDAR = new Calendar("Allemagne (jours fériés fédéraux)", "Germany (nationwide holidays)",
            List.of(NATIONWIDE));

    private GermanCalendar() {
    }
}
