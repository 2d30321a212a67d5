package fr.vigie.deadline;

import static fr.vigie.deadline.EventType.ADVERSE_DETERMINATION;
import static fr.vigie.deadline.EventType.APPEAL_DECIDED;
import static fr.vigie.deadline.EventType.APPEAL_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_AVIS_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_REFERRAL_SENT;
import static fr.vigie.deadline.EventType.CADA_REGISTERED;
import static fr.vigie.deadline.EventType.CNIL_COMPLAINT_RECEIVED;
import static fr.vigie.deadline.EventType.CNIL_DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.EXPRESS_REFUSAL;
import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.FINAL_REFUSAL;
import static fr.vigie.deadline.EventType.ICO_DECISION_NOTICE;
import static fr.vigie.deadline.EventType.INDIRECT_ACCESS_REQUESTED;
import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_DECIDED;
import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_REQUESTED;
import static fr.vigie.deadline.EventType.JUDGMENT_NOTIFIED;
import static fr.vigie.deadline.EventType.LEGAL_AID_DECIDED;
import static fr.vigie.deadline.EventType.LEGAL_AID_REQUESTED;
import static fr.vigie.deadline.EventType.OBJECTION_DECIDED;
import static fr.vigie.deadline.EventType.OBJECTION_FILED;
import static fr.vigie.deadline.EventType.REASONS_RECEIVED;
import static fr.vigie.deadline.EventType.REASONS_REQUESTED;
import static fr.vigie.deadline.EventType.RECOURS_GRACIEUX_RECEIVED;
import static fr.vigie.deadline.EventType.RECOURS_GRACIEUX_REJECTED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;
import static fr.vigie.deadline.EventType.TRANSFERRED;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.calendar.FrenchCalendars;
import fr.vigie.deadline.calendar.GermanCalendar;
import fr.vigie.deadline.calendar.GermanLands;
import fr.vigie.deadline.calendar.UkCalendar;
import fr.vigie.deadline.calendar.UsFederalCalendar;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The law a request is made under: its events (in the order of {@link EventType}) and its working-day calendar. */
public enum Regime {
    FR_CRPA(FrenchCalendars.NATIONAL, EnumSet.of(REQUEST_RECEIVED, TRANSFERRED, EXPRESS_REFUSAL, CADA_REFERRAL_SENT, CADA_REGISTERED,
            CADA_AVIS_RECEIVED, FINAL_REFUSAL, REASONS_REQUESTED, REASONS_RECEIVED, RECOURS_GRACIEUX_RECEIVED, RECOURS_GRACIEUX_REJECTED,
            LEGAL_AID_REQUESTED, LEGAL_AID_DECIDED, JUDGMENT_NOTIFIED),
            // R421-5 CJA; L311-14 and L412-3 CRPA: a refusal must state the remedies and their time limits
            EnumSet.of(EXPRESS_REFUSAL, FINAL_REFUSAL, RECOURS_GRACIEUX_REJECTED)),
    FR_GDPR(FrenchCalendars.NATIONAL, EnumSet.of(REQUEST_RECEIVED, EXTENSION_NOTIFIED, CNIL_COMPLAINT_RECEIVED, CNIL_DECISION_NOTIFIED,
            INDIRECT_ACCESS_REQUESTED),
            EnumSet.of(CNIL_DECISION_NOTIFIED)),
    US_FOIA(UsFederalCalendar.CALENDAR, EnumSet.of(REQUEST_RECEIVED, EXTENSION_NOTIFIED, ADVERSE_DETERMINATION, APPEAL_RECEIVED,
            APPEAL_DECIDED), EnumSet.noneOf(EventType.class)),
    UK_FOIA(UkCalendar.CALENDAR, EnumSet.of(REQUEST_RECEIVED, DECISION_NOTIFIED, INTERNAL_REVIEW_REQUESTED, INTERNAL_REVIEW_DECIDED,
            ICO_DECISION_NOTICE), EnumSet.noneOf(EventType.class)),
    // VwGO §58: without a Rechtsbehelfsbelehrung the one-month periods do not run, one year applies
    DE_IFG(GermanCalendar.CALENDAR, EnumSet.of(REQUEST_RECEIVED, DECISION_NOTIFIED, OBJECTION_FILED, OBJECTION_DECIDED),
            EnumSet.of(DECISION_NOTIFIED, OBJECTION_DECIDED));

    private final Calendar calendar;
    private final Set<EventType> events;
    private final Set<EventType> remediesStated;

    Regime(Calendar calendar, Set<EventType> events, Set<EventType> remediesStated) {
        this.calendar = calendar;
        this.events = Collections.unmodifiableSet(events);
        this.remediesStated = Collections.unmodifiableSet(remediesStated);
    }

    public boolean accepts(EventType type) {
        return events.contains(type);
    }

    public Set<EventType> acceptedEvents() {
        return events;
    }

    /** The decisions of this regime whose notification must state the remedies ({@link ProcedureEvent#remediesStated}). */
    public boolean takesRemediesStated(EventType type) {
        return remediesStated.contains(type);
    }

    public Set<EventType> eventsTakingRemediesStated() {
        return remediesStated;
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

    /**
     * The calendar where the body sits, from a territory code as typed: a French code for the French regimes,
     * an ISO 3166-2 Land code (DE-NW, DE-BY...) for DE_IFG, whose Land holidays then apply (BGB §193); blank
     * is the national calendar. A code the regime does not know is an error on "territory".
     */
    public Calendar localCalendar(String code) {
        if (this != DE_IFG) {
            return calendarAt(Territory.parse(code));
        }
        String land = normalizedTerritory(code);
        return land == null ? calendar : GermanLands.calendar(land).orElseThrow();
    }

    /** The territory code as understood (trimmed, upper case), or null for national; an unknown code is an error on "territory". */
    public String normalizedTerritory(String code) {
        if (this != DE_IFG) {
            return Territory.parse(code).code();
        }
        if (code == null || code.isBlank()) {
            return null;
        }
        String land = code.trim().toUpperCase(Locale.ROOT);
        if (GermanLands.calendar(land).isEmpty()) {
            throw new InvalidProcedureException("territory",
                    "code de Land inconnu : « " + code + " » (codes ISO 3166-2 de DE-BW à DE-TH, vide pour le niveau fédéral)",
                    "unknown Land code: \"" + code + "\" (ISO 3166-2 codes DE-BW to DE-TH, blank for federal)");
        }
        return land;
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
