package fr.vigie.deadline.regime;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.period.SuspensionWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated procedure: each event type at most once, in a consistent order.
 *
 * @param localCalendar    the calendar where the body sits; the regime's own calendar when there are no local holidays
 * @param acknowledged     FR_CRPA: compliant acknowledgement received (null = unknown; policy F)
 * @param suspensions      policy G windows, by start date, not overlapping
 * @param remediesOmitted  the decisions notified without the remedies and their time limits
 * @param residence        where the requester lives (CJA R421-7); null when not given
 * @param overseasTribunal French regimes: the body sits overseas, and so does its tribunal administratif
 */
public record Procedure(Regime regime, Calendar localCalendar, Map<EventType, LocalDate> dates, Boolean acknowledged,
                        List<SuspensionWindow> suspensions, Set<EventType> remediesOmitted, Residence residence,
                        boolean overseasTribunal) {

    /** The date of that event, or null when it is not (yet) known. */
    LocalDate dateOf(EventType type) {
        return dates.get(type);
    }

    /** The calendar that fixes act-by dates (policy C: national). */
    Calendar calendar() {
        return regime.calendar();
    }

    /** Whether the notification of that decision stated the remedies (true unless known otherwise). */
    boolean statesRemedies(EventType decision) {
        return !remediesOmitted.contains(decision);
    }

    /** Policy F: a compliant acknowledgement is known to be missing (L112-3, R112-5, L112-6). */
    boolean withoutAcknowledgement() {
        return Boolean.FALSE.equals(acknowledged);
    }
}
