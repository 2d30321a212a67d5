package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.deadline.Deadline;
import fr.vigie.request.RequestStage;

/**
 * Everything derived from a request's timeline on a given day: its stage, every deadline, the next
 * action, and since when the body (or the CADA) is late, if it is.
 */
public record ProcedureState(RequestStage stage, List<Deadline> deadlines, NextAction nextAction,
        LocalDate overdueSince, LocalDate receipt, boolean receiptEstimated) {

    public boolean isOverdue() {
        return overdueSince != null;
    }
}
