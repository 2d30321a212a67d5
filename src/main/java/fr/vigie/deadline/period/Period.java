package fr.vigie.deadline.period;

import java.time.LocalDate;
import java.util.Locale;

/** A legal period: an amount of days, working days or months, plain or franc. */
public record Period(int amount, PeriodUnit unit, Counting counting) {

    public Period {
        if (amount <= 0) {
            throw new IllegalArgumentException("a period is at least one unit long: " + amount);
        }
        if (unit == PeriodUnit.WORKING_DAYS && counting != Counting.PLAIN) {
            throw new IllegalArgumentException("a count of working days is never franc: the trigger day is never counted");
        }
    }

    public static Period days(int amount) {
        return new Period(amount, PeriodUnit.DAYS, Counting.PLAIN);
    }

    public static Period workingDays(int amount) {
        return new Period(amount, PeriodUnit.WORKING_DAYS, Counting.PLAIN);
    }

    public static Period months(int amount) {
        return new Period(amount, PeriodUnit.MONTHS, Counting.PLAIN);
    }

    public Period franc() {
        return new Period(amount, unit, Counting.FRANC);
    }

    public Period francFromNextDay() {
        return new Period(amount, unit, Counting.FRANC_FROM_NEXT_DAY);
    }

    public boolean isFranc() {
        return counting != Counting.PLAIN;
    }

    /** {@code date} + this period in calendar days or months (clipped to the month's end); not for working days. */
    LocalDate addTo(LocalDate date) {
        return unit == PeriodUnit.MONTHS ? date.plusMonths(amount) : date.plusDays(amount);
    }

    /** "2 mois francs" / "2 months (délai franc)". */
    public String describe(Locale locale) {
        boolean french = DateText.isFrench(locale);
        boolean plural = amount > 1;
        String what = switch (unit) {
            case MONTHS -> french ? "mois" : plural ? "months" : "month";
            case DAYS -> french ? (plural ? "jours" : "jour") : (plural ? "days" : "day");
            case WORKING_DAYS -> french ? (plural ? "jours ouvrés" : "jour ouvré") : (plural ? "working days" : "working day");
        };
        String franc = switch (counting) {
            case PLAIN -> "";
            case FRANC -> french ? (plural ? " francs" : " franc") : " (délai franc)";
            case FRANC_FROM_NEXT_DAY -> french ? " francs, comptés à partir du lendemain" : " (délai franc, counted from the next day)";
        };
        return amount + " " + what + franc;
    }
}
