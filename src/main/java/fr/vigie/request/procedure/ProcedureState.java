package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Warning;

/**
 * Everything derived from a request's timeline on a given day: its stage, every deadline, the next
 * action, since when the body (or the CADA) is late, if it is, and the first day on which the passing
 * of time alone changes any of that ({@code expiresOn}; null when only a new event can), and the engine's warnings
 * about steps that have no legal effect (a premature referral, a confirmatory decision...).
 */
public record ProcedureState(RequestStage stage, List<Deadline> deadlines, NextAction nextAction,
        LocalDate overdueSince, LocalDate receipt, boolean receiptEstimated, LocalDate expiresOn, List<Warning> warnings) {

    public boolean isOverdue() {
        return overdueSince != null;
    }
}
