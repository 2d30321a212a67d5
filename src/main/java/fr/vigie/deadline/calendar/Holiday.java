package fr.vigie.deadline.calendar;

import java.time.LocalDate;

/** A non-working day of a calendar, named in French and English. */
public record Holiday(LocalDate date, String nameFr, String nameEn) {

    /** The same holiday observed on another day, e.g. a UK substitute day or a US observed day. */
    Holiday movedTo(LocalDate day, String suffixFr, String suffixEn) {
        return new Holiday(day, nameFr + " " + suffixFr, nameEn + " " + suffixEn);
    }
}
