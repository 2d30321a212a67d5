package fr.vigie.deadline.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;

import java.util.List;

/**
 * US legal public holidays, 5 U.S.C. 6103(a), with observed days (6103(b), policy H).
 *
 * <p>Start years: Columbus Day 1937, Armistice/Veterans Day 1938, the Uniform Monday Holiday Act
 * from 1971 (Washington, Memorial, Columbus on Mondays; Veterans Day on the 4th Monday of October
 * 1971–1977), Martin Luther King Day 1986, Juneteenth 2021. Simplifications: Thanksgiving is the
 * 4th Thursday in every year (set by proclamation before 1942) and observed days follow the
 * current rule in every year; FOIA itself only applies from 1967. Inauguration Day (Washington DC
 * area only) and one-day closures by executive order (e.g. 9 Jan 2025) are not legal public
 * holidays under 6103(a) and are left out.
 */
public final class UsFederalCalendar {

    public static final Calendar CALENDAR = new Calendar("États-Unis (jours fériés fédéraux)", "United States (federal holidays)",
            List.of(new HolidaySet(List.of(
                    HolidayRule.fixed(JANUARY, 1, "Jour de l'An", "New Year's Day"),
                    HolidayRule.nthWeekday(JANUARY, MONDAY, 3, "Jour de Martin Luther King", "Birthday of Martin Luther King, Jr.").from(1986),
                    HolidayRule.fixed(FEBRUARY, 22, "Anniversaire de Washington", "Washington's Birthday").until(1970),
                    HolidayRule.nthWeekday(FEBRUARY, MONDAY, 3, "Anniversaire de Washington", "Washington's Birthday").from(1971),
                    HolidayRule.fixed(MAY, 30, "Memorial Day", "Memorial Day").until(1970),
                    HolidayRule.nthWeekday(MAY, MONDAY, -1, "Memorial Day", "Memorial Day").from(1971),
                    HolidayRule.fixed(JUNE, 19, "Juneteenth", "Juneteenth National Independence Day").from(2021),
                    HolidayRule.fixed(JULY, 4, "Fête de l'Indépendance", "Independence Day"),
                    HolidayRule.nthWeekday(SEPTEMBER, MONDAY, 1, "Fête du Travail (Labor Day)", "Labor Day"),
                    HolidayRule.fixed(OCTOBER, 12, "Columbus Day", "Columbus Day").from(1937).until(1970),
                    HolidayRule.nthWeekday(OCTOBER, MONDAY, 2, "Columbus Day", "Columbus Day").from(1971),
                    HolidayRule.fixed(NOVEMBER, 11, "Veterans Day", "Veterans Day").from(1938).until(1970),
                    HolidayRule.nthWeekday(OCTOBER, MONDAY, 4, "Veterans Day", "Veterans Day").from(1971).until(1977),
                    HolidayRule.fixed(NOVEMBER, 11, "Veterans Day", "Veterans Day").from(1978),
                    HolidayRule.nthWeekday(NOVEMBER, THURSDAY, 4, "Thanksgiving", "Thanksgiving Day"),
                    HolidayRule.fixed(DECEMBER, 25, "Noël", "Christmas Day")),
                    Observance.US_OBSERVED)));

    private UsFederalCalendar() {
    }
}
