package fr.vigie.deadline.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * United Kingdom: FOIA 2000 s.10(6) makes non-working any bank holiday "in any part of the UK",
 * so this calendar is the union of England &amp; Wales, Scotland and Northern Ireland, each with its
 * own substitute days (Banking and Financial Dealings Act 1971, Sch. 1, and proclamations).
 *
 * <p>Start years: New Year's Day (England, Wales, NI) 1974, early May 1978, St Andrew's Day 2007
 * (St Andrew's Day Bank Holiday (Scotland) Act 2007). Simplification: before 1971 the 1971 Act's
 * schedule is applied as is (FOIA 2000 only applies from 2005).
 */
public final class UkCalendar {

    /**
     * Days common to the whole UK. The one-off proclamations and the moved days (early May to VE
     * Day in 1995 and 2020, spring holiday for the jubilees) are not computable, so kept as data.
     */
    private static final List<HolidayRule> UK_WIDE = List.of(
            HolidayRule.oneOff(LocalDate.of(1977, 6, 7), "Jubilé d'argent d'Élisabeth II", "Silver Jubilee of Elizabeth II"),
            HolidayRule.oneOff(LocalDate.of(1981, 7, 29), "Mariage du prince Charles", "Wedding of Prince Charles"),
            HolidayRule.oneOff(LocalDate.of(1999, 12, 31), "Célébrations du millénaire", "Millennium celebrations"),
            HolidayRule.oneOff(LocalDate.of(2002, 6, 3), "Jubilé d'or d'Élisabeth II", "Golden Jubilee of Elizabeth II"),
            HolidayRule.oneOff(LocalDate.of(2011, 4, 29), "Mariage du prince William", "Wedding of Prince William"),
            HolidayRule.oneOff(LocalDate.of(2012, 6, 5), "Jubilé de diamant d'Élisabeth II", "Diamond Jubilee of Elizabeth II"),
            HolidayRule.oneOff(LocalDate.of(2022, 6, 3), "Jubilé de platine d'Élisabeth II", "Platinum Jubilee of Elizabeth II"),
            HolidayRule.oneOff(LocalDate.of(2022, 9, 19), "Funérailles nationales d'Élisabeth II", "State Funeral of Queen Elizabeth II"),
            HolidayRule.oneOff(LocalDate.of(2023, 5, 8), "Couronnement de Charles III", "Coronation of King Charles III"),
            HolidayRule.easter(-2, "Vendredi saint", "Good Friday"),
            HolidayRule.nthWeekday(MAY, MONDAY, 1, "Jour férié de début mai", "Early May bank holiday").from(1978)
                    .movedTo(LocalDate.of(1995, 5, 8)).movedTo(LocalDate.of(2020, 5, 8)),
            HolidayRule.nthWeekday(MAY, MONDAY, -1, "Jour férié de printemps", "Spring bank holiday")
                    .movedTo(LocalDate.of(2002, 6, 4)).movedTo(LocalDate.of(2012, 6, 4)).movedTo(LocalDate.of(2022, 6, 2)),
            HolidayRule.fixed(DECEMBER, 25, "Noël", "Christmas Day"),
            HolidayRule.fixed(DECEMBER, 26, "Lendemain de Noël (Boxing Day)", "Boxing Day"));

    private static final HolidayRule NEW_YEAR = HolidayRule.fixed(JANUARY, 1, "Jour de l'An", "New Year's Day");
    private static final HolidayRule EASTER_MONDAY = HolidayRule.easter(1,
            "Lundi de Pâques (Angleterre, pays de Galles, Irlande du Nord)", "Easter Monday (England, Wales, Northern Ireland)");
    private static final HolidayRule LATE_SUMMER = HolidayRule.nthWeekday(AUGUST, MONDAY, -1,
            "Jour férié de fin d'été (Angleterre, pays de Galles, Irlande du Nord)", "Summer bank holiday (England, Wales, Northern Ireland)");

    private static final HolidaySet ENGLAND_AND_WALES_SET = nation(NEW_YEAR.from(1974), EASTER_MONDAY, LATE_SUMMER);

    private static final HolidaySet SCOTLAND = nation(NEW_YEAR,
            HolidayRule.fixed(JANUARY, 2, "2 janvier (Écosse)", "2nd January (Scotland)"),
            HolidayRule.nthWeekday(AUGUST, MONDAY, 1, "Jour férié d'été (Écosse)", "Summer bank holiday (Scotland)"),
            HolidayRule.fixed(NOVEMBER, 30, "Saint-André (Écosse)", "St Andrew's Day (Scotland)").from(2007),
            // Privy Council proclamation of February 2026 for Scotland only.
            HolidayRule.oneOff(LocalDate.of(2026, 6, 15), "Coupe du monde de football (Écosse)", "FIFA World Cup (Scotland)"));

    private static final HolidaySet NORTHERN_IRELAND = nation(NEW_YEAR.from(1974), EASTER_MONDAY, LATE_SUMMER,
            HolidayRule.fixed(MARCH, 17, "Saint-Patrick (Irlande du Nord)", "St Patrick's Day (Northern Ireland)"),
            HolidayRule.fixed(JULY, 12, "Bataille de la Boyne (Irlande du Nord)", "Battle of the Boyne (Northern Ireland)"));

    public static final Calendar CALENDAR = new Calendar("Royaume-Uni (jours fériés de toutes ses parties)",
            "United Kingdom (bank holidays in any part)", List.of(ENGLAND_AND_WALES_SET, SCOTLAND, NORTHERN_IRELAND));

    /**
     * England and Wales alone: the earliest reading of a rule that moves a last day off "a bank holiday under
     * section 1 of the Banking and Financial Dealings Act 1971" without saying in which part of the UK (the
     * First-tier Tribunal's rules), the union {@link #CALENDAR} giving the later reading.
     */
    public static final Calendar ENGLAND_AND_WALES = new Calendar("Angleterre et pays de Galles", "England and Wales",
            List.of(ENGLAND_AND_WALES_SET));

    private UkCalendar() {
    }

    /** A nation's own rules plus the days common to the whole UK, with substitute days. */
    private static HolidaySet nation(HolidayRule... own) {
        List<HolidayRule> rules = new ArrayList<>(UK_WIDE);
        rules.addAll(List.of(own));
        return new HolidaySet(rules, Observance.UK_SUBSTITUTE);
    }
}
