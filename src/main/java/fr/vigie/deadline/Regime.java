package fr.vigie.deadline;

import static fr.vigie.deadline.EventType.ADVERSE_DETERMINATION;
import static fr.vigie.deadline.EventType.APPEAL_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_AVIS_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_REGISTERED;
import static fr.vigie.deadline.EventType.DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.EXPRESS_REFUSAL;
import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.FINAL_REFUSAL;
import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_REQUESTED;
import static fr.vigie.deadline.EventType.REASONS_RECEIVED;
import static fr.vigie.deadline.EventType.REASONS_REQUESTED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.calendar.FrenchCalendars;
import fr.vigie.deadline.calendar.GermanCalendar;
import fr.vigie.deadline.calendar.UkCalendar;
import fr.vigie.deadline.calendar.UsFederalCalendar;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The law a request is made under: its events and its working-day calendar. */
public enum Regime {
    FR_CRPA(FrenchCalendars.NATIONAL, EnumSet.of(REQUEST_RECEIVED, EXPRESS_REFUSAL, CADA_REGISTERED,
            CADA_AVIS_RECEIVED, FINAL_REFUSAL, REASONS_REQUESTED, REASONS_RECEIVED)),
    FR_GDPR(FrenchCalendars.NATIONAL, EnumSet.of(REQUEST_RECEIVED, EXTENSION_NOTIFIED)),
    US_FOIA(UsFederalCalendar.CALENDAR, EnumSet.of(REQUEST_RECEIVED, EXTENSION_NOTIFIED, ADVERSE_DETERMINATION, APPEAL_RECEIVED)),
    UK_FOIA(UkCalendar.CALENDAR, EnumSet.of(REQUEST_RECEIVED, INTERNAL_REVIEW_REQUESTED)),
    DE_IFG(GermanCalendar.CALENDAR, EnumSet.of(REQUEST_RECEIVED, DECISION_NOTIFIED));

    private final Calendar calendar;
    private final Set<EventType> events;

    Regime(Calendar calendar, Set<EventType> events) {
        this.calendar = calendar;
        this.events = Collections.unmodifiableSet(events);
    }

    public boolean accepts(EventType type) {
        return events.contains(type);
    }

    public Set<EventType> acceptedEvents() {
        return events;
    }

    /** The French regimes, where a territory can bring a local calendar (policy C). */
    public boolean isFrench() {
        return this == FR_CRPA || this == FR_GDPR;
    }

    /** The calendar that fixes act-by dates: always the national one (policy C). */
    public Calendar calendar() {
        return calendar;
    }

    /**
     * The calendar in force where the body sits: national plus local holidays (Alsace-Moselle,
     * overseas). For information only: act-by dates use {@link #calendar()}.
     */
    public Calendar calendarAt(Territory territory) {
        if (territory.isNational()) {
            return calendar;
        }
        if (!isFrench()) {
            throw new InvalidProcedureException("territory",
                    "un territoire français ne s'applique qu'aux régimes FR_CRPA et FR_GDPR, pas à " + name(),
                    "a French territory only applies to FR_CRPA and FR_GDPR, not to " + name());
        }
        return territory.localCalendar();
    }

    /** The regime named {@code name} (case-insensitive, trimmed); an unknown name is an error on "regime". */
    public static Regime parse(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (Regime regime : values()) {
            if (regime.name().equals(wanted)) {
                return regime;
            }
        }
        throw new InvalidProcedureException("regime", "régime inconnu : « " + name + " »", "unknown regime: \"" + name + "\"");
    }
}
