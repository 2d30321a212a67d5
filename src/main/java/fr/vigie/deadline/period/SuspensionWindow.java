package fr.vigie.deadline.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A span of days, both ends included, during which periods do not run (policy G, e.g. the 2020
 * health emergency). Data given by the caller; none is active by default.
 */
public record SuspensionWindow(LocalDate from, LocalDate to, String reasonFr, String reasonEn) {

    public String reason(Locale locale) {
        return DateText.isFrench(locale) ? reasonFr : reasonEn;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Days of this window within [first, last], both included. */
    int daysWithin(LocalDate first, LocalDate last) {
        LocalDate start = from.isAfter(first) ? from : first;
        LocalDate end = to.isBefore(last) ? to : last;
        return end.isBefore(start) ? 0 : (int) ChronoUnit.DAYS.between(start, end) + 1;
    }
}
