package fr.vigie.deadline.period;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates written out for explanations: "samedi 1er novembre 2025" / "Saturday 1 November 2025".
 * Hand-written rather than DateTimeFormatter so the text never depends on the JVM's locale data.
 */
public final class DateText {

    private static final String[] DAYS_FR = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    private static final String[] DAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private DateText() {
    }

    public static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    public static String format(LocalDate date, Locale locale) {
        int month = date.getMonthValue() - 1;
        if (isFrench(locale)) {
            String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
            return dayName(date, locale) + " " + day + " " + MONTHS_FR[month] + " " + date.getYear();
        }
        return dayName(date, locale) + " " + date.getDayOfMonth() + " " + MONTHS_EN[month] + " " + date.getYear();
    }

    public static String dayName(LocalDate date, Locale locale) {
        int day = date.getDayOfWeek().getValue() - 1;
        return isFrench(locale) ? DAYS_FR[day] : DAYS_EN[day];
    }
}
