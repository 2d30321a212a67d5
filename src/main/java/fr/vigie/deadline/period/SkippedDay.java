package fr.vigie.deadline.period;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.calendar.Holiday;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** A day a period did not count or moved over, with the reason: "dimanche 8 juin 2025 : dimanche". */
public record SkippedDay(LocalDate date, Kind kind, String reasonFr, String reasonEn) {

    public enum Kind { WEEKEND, HOLIDAY, SUSPENSION }

    /** A Saturday, Sunday or holiday of the calendar, named: the holiday's name wins over the weekday. */
    public static SkippedDay nonWorking(LocalDate date, Calendar calendar) {
        Optional<Holiday> holiday = calendar.holidayOn(date);
        if (holiday.isPresent()) {
            return new SkippedDay(date, Kind.HOLIDAY, "jour férié (" + holiday.get().nameFr() + ")",
                    "public holiday (" + holiday.get().nameEn() + ")");
        }
        return new SkippedDay(date, Kind.WEEKEND, DateText.dayName(date, Locale.FRENCH), DateText.dayName(date, Locale.ENGLISH));
    }

    static SkippedDay suspended(LocalDate date, SuspensionWindow window) {
        return new SkippedDay(date, Kind.SUSPENSION, "suspension (" + window.reasonFr() + ")", "suspension (" + window.reasonEn() + ")");
    }

    public String reason(Locale locale) {
        return DateText.isFrench(locale) ? reasonFr : reasonEn;
    }

    /** "samedi 1er novembre 2025 : jour férié (Toussaint)" / "Saturday 1 November 2025: public holiday (All Saints' Day)". */
    public String text(Locale locale) {
        String separator = DateText.isFrench(locale) ? " : " : ": ";
        return DateText.format(date, locale) + separator + reason(locale);
    }
}
