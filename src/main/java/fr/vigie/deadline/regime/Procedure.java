package fr.vigie.deadline.regime;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.period.SuspensionWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated procedure: each event type at most once, in a consistent order.
 *
 * @param localCalendar the calendar where the body sits; the regime's own calendar when there are no local holidays
 * @param acknowledged  FR_CRPA: compliant acknowledgement received (null = unknown; policy F)
 * @param suspensions   policy G windows, by start date, not overlapping
 */
public record Procedure(Regime regime, Calendar localCalendar, Map<EventType, LocalDate> dates, Boolean acknowledged,
                        List<SuspensionWindow> suspensions) {

    /** The date of that event, or null when it is not (yet) known. */
    LocalDate dateOf(EventType type) {
        return dates.get(type);
    }

    /** The calendar that fixes act-by dates (policy C: national). */
    Calendar calendar() {
        return regime.calendar();
    }
}
