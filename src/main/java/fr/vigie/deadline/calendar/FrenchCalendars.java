package fr.vigie.deadline.calendar;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;

import java.time.Month;
import java.util.List;

/**
 * French calendars: the national one, which fixes every act-by date (policy C), and the local
 * ones, which only inform (Alsace-Moselle, overseas).
 *
 * <p>Simplifications: the list of Code du travail L3133-1 is applied to every year, except 8 May
 * (holiday 1953–1958 under loi 53-225 and from 1982 under loi 81-893; not one in 1959–1981 after
 * décret 59-533). Whit Monday stays a holiday in 2005–2007: the journée de solidarité did not take
 * it off the L3133-1 list. Earlier history (1 May before 1947, 11 Nov before 1922) is not modelled.
 */
public final class FrenchCalendars {

    private static final List<HolidayRule> NATIONAL_RULES = List.of(
            HolidayRule.fixed(JANUARY, 1, "Jour de l'An", "New Year's Day"),
            HolidayRule.easter(1, "Lundi de Pâques", "Easter Monday"),
            HolidayRule.fixed(MAY, 1, "Fête du Travail", "Labour Day"),
            HolidayRule.fixed(MAY, 8, "Victoire 1945", "Victory in Europe Day").from(1953).until(1958),
            HolidayRule.fixed(MAY, 8, "Victoire 1945", "Victory in Europe Day").from(1982),
            HolidayRule.easter(39, "Ascension", "Ascension Day"),
            HolidayRule.easter(50, "Lundi de Pentecôte", "Whit Monday"),
            HolidayRule.fixed(JULY, 14, "Fête nationale", "National Day"),
            HolidayRule.fixed(AUGUST, 15, "Assomption", "Assumption Day"),
            HolidayRule.fixed(NOVEMBER, 1, "Toussaint", "All Saints' Day"),
            HolidayRule.fixed(NOVEMBER, 11, "Armistice 1918", "Armistice Day"),
            HolidayRule.fixed(DECEMBER, 25, "Noël", "Christmas Day"));

    /** Code du travail L3133-1. */
    public static final Calendar NATIONAL = french("France", "France", List.of());

    /** L3134-13: Good Friday (in law only where there is a Protestant or mixed church; applied to the whole area) and 26 Dec. */
    public static final Calendar ALSACE_MOSELLE = french("Alsace-Moselle", "Alsace-Moselle", List.of(
            HolidayRule.easter(-2, "Vendredi saint", "Good Friday"),
            HolidayRule.fixed(DECEMBER, 26, "Saint-Étienne", "St Stephen's Day")));

    // Abolition of slavery, loi 83-550 and décret 83-1003 of 23 Nov 1983: first observed 20 Dec 1983
    // (La Réunion), elsewhere from 1984.
    public static final Calendar GUADELOUPE = overseas("Guadeloupe", abolition(MAY, 27).from(1984));
    public static final Calendar MARTINIQUE = overseas("Martinique", abolition(MAY, 22).from(1984));
    public static final Calendar GUYANE = overseas("Guyane", abolition(JUNE, 10).from(1984));
    public static final Calendar LA_REUNION = overseas("La Réunion", abolition(DECEMBER, 20).from(1983));
    public static final Calendar MAYOTTE = overseas("Mayotte", abolition(APRIL, 27).from(1984));

    // Saint-Barthélemy and Saint-Martin kept Guadeloupe's 27 May until they left it (15 July 2007);
    // décret 2012-553 (in force 26 Apr 2012) gave them 9 Oct and 27 May; Saint-Martin has kept
    // 28 May since 2018 (loi 2017-256, circulaire of 2018 correcting the décret of 2016).
    public static final Calendar SAINT_BARTHELEMY = overseas("Saint-Barthélemy",
            abolition(MAY, 27).from(1984).until(2007), abolition(OCTOBER, 9).from(2012));
    public static final Calendar SAINT_MARTIN = overseas("Saint-Martin",
            abolition(MAY, 27).from(1984).until(2007), abolition(MAY, 27).from(2012).until(2017),
            abolition(MAY, 28).from(2018));

    private FrenchCalendars() {
    }

    private static HolidayRule abolition(Month month, int day) {
        return HolidayRule.fixed(month, day, "Abolition de l'esclavage", "Abolition of slavery");
    }

    private static Calendar overseas(String name, HolidayRule... local) {
        return french(name, name, List.of(local));
    }

    private static Calendar french(String nameFr, String nameEn, List<HolidayRule> local) {
        HolidaySet national = new HolidaySet(NATIONAL_RULES, Observance.NONE);
        if (local.isEmpty()) {
            return new Calendar(nameFr, nameEn, List.of(national));
        }
        return new Calendar(nameFr, nameEn, List.of(national, new HolidaySet(local, Observance.NONE)));
    }
}
