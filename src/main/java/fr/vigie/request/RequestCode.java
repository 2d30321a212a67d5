package fr.vigie.request;

import fr.vigie.app.ViolationCode;

/** Why a change to a request is refused, beyond its form and the procedure. Arguments in brackets. */
public enum RequestCode implements ViolationCode {
    /** The body a request is sent or transferred to does not exist. */
    BODY_MISSING,
    /** A transfer to the body the request is already with. */
    SAME_BODY,
    /** The event does not exist or was deleted. */
    EVENT_MISSING,
    /** The identity is not one of the owner's (or identities are not available). */
    IDENTITY_NOT_YOURS,
    /** [the most tags, their longest length] */
    TAGS,
    /** A residence for a regime with no distance periods (only the French ones have them, CJA R421-7). [regime] */
    RESIDENCE_NOT_IN_REGIME
}
