package fr.vigie.deadline.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A working-day calendar: Saturdays, Sundays and the holidays of one or more holiday sets
 * (computed from rules, never a table of dates). Holidays are computed once per year and
 * cached, which keeps a full deadline chain to a few microseconds.
 */
public final class Calendar {

    /** Years the calendar answers for: the engine accepts events in 1900–2200, periods run a little beyond. */
    public static final int FIRST_YEAR = 1800;
    public static final int LAST_YEAR = 2400;

    private final String nameFr;
    private final String nameEn;
    private final List<HolidaySet> sets;
    private final AtomicReferenceArray<YearHolidays> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    Calendar(String nameFr, String nameEn, List<HolidaySet> sets) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.sets = List.copyOf(sets);
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    /** Saturday or Sunday: never a working day, in every calendar. */
    public static boolean isWeekend(LocalDate date) {
        return Observance.isWeekend(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
    }

    /** The first working day on or after {@code date}. */
    public LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The holiday on that day, if any (the first one by rule order when two coincide). */
    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).on(date));
    }

    /** Every holiday falling in that year, by date, weekend ones and replacement days included. */
    public List<Holiday> holidays(int year) {
        return year(year).all();
    }

    private YearHolidays year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("calendar years run from " + FIRST_YEAR + " to " + LAST_YEAR + ": " + year);
        }
        YearHolidays cached = years.get(year - FIRST_YEAR);
        if (cached == null) {
            cached = compute(year);
            years.set(year - FIRST_YEAR, cached);
        }
        return cached;
    }

    /** Rules of the neighbouring years count too: 1 Jan on a Saturday is observed on 31 Dec (policy H). */
    private YearHolidays compute(int year) {
        List<Holiday> inYear = new ArrayList<>();
        for (HolidaySet set : sets) {
            for (int ruleYear = year - 1; ruleYear <= year + 1; ruleYear++) {
                for (Holiday holiday : set.holidaysOf(ruleYear)) {
                    if (holiday.date().getYear() == year && !inYear.contains(holiday)) {
                        inYear.add(holiday);
                    }
                }
            }
        }
        inYear.sort(Comparator.comparing(Holiday::date));
        return new YearHolidays(year, inYear);
    }

    @Override
    public String toString() {
        return nameEn;
    }
}
