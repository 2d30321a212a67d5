package fr.vigie.deadline;

import java.time.LocalDate;

/**
 * One dated event of a procedure, e.g. the request received on 3 March 2025.
 *
 * @param remediesStated for a decision ({@link Regime#takesRemediesStated}): whether its notification stated the
 *                       remedies and their time limits (CJA R421-5; CRPA L311-14, L412-3; VwGO §58); null when not
 *                       given, which means stated
 */
public record ProcedureEvent(EventType type, LocalDate date, Boolean remediesStated) {

    public ProcedureEvent(EventType type, LocalDate date) {
        this(type, date, null);
    }

    /** True only when the notification is known not to state the remedies (remediesStated = false). */
    public boolean remediesOmitted() {
        return Boolean.FALSE.equals(remediesStated);
    }
}
