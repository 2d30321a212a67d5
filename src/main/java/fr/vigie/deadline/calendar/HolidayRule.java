package fr.vigie.deadline.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * How to find one named holiday in any year: a fixed date, an offset from Easter, the n-th
 * weekday of a month or a one-off proclamation; optionally limited to a span of years and moved
 * in given years (e.g. the UK early May bank holiday moved to VE Day in 1995 and 2020).
 * Immutable: the modifiers return a new rule.
 */
final class HolidayRule {

    private final String nameFr;
    private final String nameEn;
    private final IntFunction<LocalDate> dateInYear;
    private final int firstYear;
    private final int lastYear;
    private final Map<Integer, LocalDate> moves;

    private HolidayRule(String nameFr, String nameEn, IntFunction<LocalDate> dateInYear,
                        int firstYear, int lastYear, Map<Integer, LocalDate> moves) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.dateInYear = dateInYear;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.moves = moves;
    }

    static HolidayRule fixed(Month month, int day, String nameFr, String nameEn) {
        return new HolidayRule(nameFr, nameEn, year -> LocalDate.of(year, month, day),
                Integer.MIN_VALUE, Integer.MAX_VALUE, Map.of());
    }

    /** A day at {@code offset} days from Easter Sunday (Good Friday -2, Easter Monday +1, Ascension +39, Whit Monday +50). */
    static HolidayRule easter(int offset, String nameFr, String nameEn) {
        return new HolidayRule(nameFr, nameEn, year -> Easter.sunday(year).plusDays(offset),
                Integer.MIN_VALUE, Integer.MAX_VALUE, Map.of());
    }

    /** The {@code n}-th {@code weekday} of the month; {@code n = -1} is the last one. */
    static HolidayRule nthWeekday(Month month, DayOfWeek weekday, int n, String nameFr, String nameEn) {
        IntFunction<LocalDate> date = n < 0
                ? year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday))
                : year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
        return new HolidayRule(nameFr, nameEn, date, Integer.MIN_VALUE, Integer.MAX_VALUE, Map.of());
    }

    /** The last {@code weekday} strictly before {@code month}/{@code day} (Buß- und Bettag: the Wednesday before 23 November). */
    static HolidayRule weekdayBefore(Month month, int day, DayOfWeek weekday, String nameFr, String nameEn) {
        return new HolidayRule(nameFr, nameEn, year -> LocalDate.of(year, month, day).with(TemporalAdjusters.previous(weekday)),
                Integer.MIN_VALUE, Integer.MAX_VALUE, Map.of());
    }

    /** A day proclaimed once (not computable): data, documented where it is declared. */
    static HolidayRule oneOff(LocalDate date, String nameFr, String nameEn) {
        return new HolidayRule(nameFr, nameEn, year -> date, date.getYear(), date.getYear(), Map.of());
    }

    HolidayRule from(int year) {
        return new HolidayRule(nameFr, nameEn, dateInYear, year, lastYear, moves);
    }

    HolidayRule until(int year) {
        return new HolidayRule(nameFr, nameEn, dateInYear, firstYear, year, moves);
    }

    /** In the year of {@code date}, the holiday falls on {@code date} instead of its usual day. */
    HolidayRule movedTo(LocalDate date) {
        Map<Integer, LocalDate> moved = new HashMap<>(moves);
        moved.put(date.getYear(), date);
        return new HolidayRule(nameFr, nameEn, dateInYear, firstYear, lastYear, Map.copyOf(moved));
    }

    /** The holiday in that year, or {@code null} when the rule does not apply that year. */
    Holiday in(int year) {
        if (year < firstYear || year > lastYear) {
            return null;
        }
        LocalDate date = moves.getOrDefault(year, dateInYear.apply(year));
        return new Holiday(date, nameFr, nameEn);
    }
}
