package fr.vigie.deadline;

import java.time.LocalDate;

/** One dated event of a procedure, e.g. the request received on 3 March 2025. */
public record ProcedureEvent(EventType type, LocalDate date) {
}
