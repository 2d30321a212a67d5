package fr.vigie.deadline;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.period.SuspensionWindow;
import fr.vigie.deadline.regime.Procedure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a {@link ProcedureInput} and turns it into a {@link Procedure}, or names the faulty field. */
final class ProcedureValidator {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private ProcedureValidator() {
    }

    static Procedure validate(ProcedureInput input) {
        Regime regime = input.regime();
        if (regime == null) {
            throw new InvalidProcedureException("regime", "le régime est obligatoire", "the regime is required");
        }
        // refuses a French territory under a foreign regime, a Land code outside DE_IFG
        Calendar localCalendar = regime.localCalendar(input.territory());
        Residence residence = input.requesterResidence();
        if (residence != null && residence != Residence.METROPOLE && !regime.isFrench()) {
            throw new InvalidProcedureException("requesterResidence",
                    "le lieu de résidence ne compte que pour les délais de distance des régimes français (CJA R421-7), pas pour " + regime,
                    "the residence only matters for the distance periods of the French regimes (CJA R421-7), not for " + regime);
        }
        Map<EventType, LocalDate> dates = eventDates(regime, input.events());
        checkOrder(input.events(), dates);
        LawInForce.checkSpan(input.events());
        Set<EventType> remediesOmitted = EnumSet.noneOf(EventType.class);
        input.events().stream().filter(ProcedureEvent::remediesOmitted).forEach(event -> remediesOmitted.add(event.type()));
        // the tribunal administratif sits where the body sits (CJA R312-1), overseas for an overseas body
        boolean overseasTribunal = regime.isFrench() && Territory.parse(input.territory()).isOverseas();
        return new Procedure(regime, localCalendar, dates, input.acknowledged(), windows(input.suspensions()), remediesOmitted,
                residence, overseasTribunal);
    }

    private static Map<EventType, LocalDate> eventDates(Regime regime, List<ProcedureEvent> events) {
        if (events == null) {
            throw new InvalidProcedureException("events", "la liste des événements est obligatoire", "the list of events is required");
        }
        Map<EventType, LocalDate> dates = new EnumMap<>(EventType.class);
        for (int i = 0; i < events.size(); i++) {
            ProcedureEvent event = events.get(i);
            String field = "events[" + i + "]";
            if (event == null) {
                throw new InvalidProcedureException(field, "événement vide", "empty event");
            }
            if (event.type() == null) {
                throw new InvalidProcedureException(field + ".type", "le type est obligatoire", "the type is required");
            }
            if (!regime.accepts(event.type())) {
                throw new InvalidProcedureException(field + ".type",
                        event.type() + " n'existe pas dans le régime " + regime + " (acceptés : " + regime.acceptedEvents() + ")",
                        event.type() + " does not exist in regime " + regime + " (accepted: " + regime.acceptedEvents() + ")");
            }
            checkDate(event.date(), field + ".date");
            LawInForce.check(regime, event.type(), event.date(), field + ".date");
            if (event.remediesStated() != null && !regime.takesRemediesStated(event.type())) {
                throw new InvalidProcedureException(field + ".remediesStated",
                        "ne s'applique qu'aux décisions " + regime.eventsTakingRemediesStated() + " du régime " + regime,
                        "only applies to the decisions " + regime.eventsTakingRemediesStated() + " of regime " + regime);
            }
            if (dates.put(event.type(), event.date()) != null) {
                throw new InvalidProcedureException(field + ".type", event.type() + " figure deux fois",
                        event.type() + " appears twice");
            }
        }
        return dates;
    }

    private static void checkDate(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidProcedureException(field, "la date est obligatoire", "the date is required");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidProcedureException(field,
                    "l'année doit être comprise entre " + FIRST_YEAR + " et " + LAST_YEAR + " : " + date,
                    "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ": " + date);
        }
    }

    /** An event dated before one it must follow (e.g. CADA_REGISTERED before REQUEST_RECEIVED) is an error on its date. */
    private static void checkOrder(List<ProcedureEvent> events, Map<EventType, LocalDate> dates) {
        for (int i = 0; i < events.size(); i++) {
            ProcedureEvent event = events.get(i);
            for (EventType earlier : EventOrder.cannotPrecede(event.type())) {
                LocalDate earlierDate = dates.get(earlier);
                if (earlierDate != null && event.date().isBefore(earlierDate)) {
                    throw new InvalidProcedureException("events[" + i + "].date",
                            "« " + event.type().label().fr() + " » (" + event.date() + ") ne peut pas précéder « "
                                    + earlier.label().fr() + " » (" + earlierDate + ")",
                            "\"" + event.type().label().en() + "\" (" + event.date() + ") cannot come before \""
                                    + earlier.label().en() + "\" (" + earlierDate + ")");
                }
            }
        }
    }

    /** Policy G windows: dated in range, not overlapping (each suspended day counts once), returned by start date. */
    private static List<SuspensionWindow> windows(List<SuspensionWindow> suspensions) {
        if (suspensions == null || suspensions.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < suspensions.size(); i++) {
            SuspensionWindow window = suspensions.get(i);
            String field = "suspensions[" + i + "]";
            if (window == null) {
                throw new InvalidProcedureException(field, "fenêtre de suspension vide", "empty suspension window");
            }
            checkDate(window.from(), field + ".from");
            checkDate(window.to(), field + ".to");
            if (window.to().isBefore(window.from())) {
                throw new InvalidProcedureException(field + ".to", "la fin précède le début", "the end comes before the start");
            }
            for (int j = 0; j < i; j++) {
                SuspensionWindow other = suspensions.get(j);
                if (other != null && !window.from().isAfter(other.to()) && !other.from().isAfter(window.to())) {
                    throw new InvalidProcedureException(field + ".from", "chevauche suspensions[" + j + "]",
                            "overlaps suspensions[" + j + "]");
                }
            }
        }
        List<SuspensionWindow> sorted = new ArrayList<>(suspensions);
        sorted.sort(Comparator.comparing(SuspensionWindow::from));
        return List.copyOf(sorted);
    }
}
