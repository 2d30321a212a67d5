package fr.vigie.deadline.calendar;

import java.time.LocalDate;

/**
 * Gregorian Easter Sunday. LEGAL.md §1 prescribes the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher); it is exact for every Gregorian year.
 */
public final class Easter {

    private Easter() {
    }

    /** Easter Sunday of the given Gregorian year. */
    public static LocalDate sunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }
}
