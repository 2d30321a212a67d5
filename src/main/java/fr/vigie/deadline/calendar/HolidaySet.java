package fr.vigie.deadline.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The holiday rules of one jurisdiction with its weekend observance, e.g. Scotland's bank
 * holidays with UK substitute days. Substitute days are computed within the set, so that the
 * union of several sets (the UK) keeps each nation's own substitutes.
 */
record HolidaySet(List<HolidayRule> rules, Observance observance) {

    /** The holidays arising from the rules of {@code year}, replacement days included. */
    List<Holiday> holidaysOf(int year) {
        List<Holiday> actual = new ArrayList<>();
        for (HolidayRule rule : rules) {
            Holiday holiday = rule.in(year);
            if (holiday != null) {
                actual.add(holiday);
            }
        }
        actual.sort(Comparator.comparing(Holiday::date));
        return observance.apply(actual);
    }
}
