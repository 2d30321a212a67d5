package fr.vigie.request.procedure;

import fr.vigie.app.ViolationCode;

/** Why a timeline is refused: the procedure's order and the law. Arguments in brackets. */
public enum ProcedureCode implements ViolationCode {
    /** On record only what happened. */
    DATE_IN_FUTURE,
    /** Before 1900. */
    DATE_TOO_OLD,
    /** [regime] */
    TYPE_NOT_IN_REGIME,
    /** A second event of a type that happens once. */
    HAPPENS_ONCE,
    /** [the event types one of which must come first, " / "-separated] */
    NEEDS_EARLIER,
    /** Nothing follows a withdrawal or a closing. */
    AFTER_END,
    /** [the implicit refusal date, or null] */
    REFERRAL_BEFORE_REFUSAL,
    /** A field the event's type requires is missing. */
    REQUIRED_FOR_TYPE,
    /** The deadline engine cannot compute from these dates: [the reason, a {@link fr.vigie.deadline.Text}] */
    ENGINE_REFUSED,
    /** Removing this event would break the timeline: [the violation it would cause] */
    DELETE_BREAKS_TIMELINE
}
