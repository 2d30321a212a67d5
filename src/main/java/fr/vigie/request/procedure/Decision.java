package fr.vigie.request.procedure;

import java.util.List;

import fr.vigie.app.Violation;

/** What the procedure says of a proposed timeline: its new state, or why it cannot be. */
public sealed interface Decision {

    /** The timeline follows the procedure; {@code state} is what it gives as of the day asked. */
    record Accepted(ProcedureState state) implements Decision {
    }

    /** The timeline breaks the procedure or the law; nothing may be written. */
    record Refused(List<Violation> violations) implements Decision {
    }
}
