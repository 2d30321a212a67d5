package fr.vigie.deadline;

import java.util.List;

/**
 * What the engine computes from a procedure: the deadlines in the order of the procedure, and warnings about
 * the steps that have no legal effect (the deadlines ignore them).
 */
public record DeadlineChain(List<Deadline> deadlines, List<Warning> warnings) {

    public DeadlineChain {
        deadlines = List.copyOf(deadlines);
        warnings = List.copyOf(warnings);
    }
}
