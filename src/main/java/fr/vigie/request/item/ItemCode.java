package fr.vigie.request.item;

import fr.vigie.app.ViolationCode;

/** Why a change to a request's items is refused. Arguments in brackets. */
public enum ItemCode implements ViolationCode {
    /** A REFUSED item names no legal ground. */
    GROUND_REQUIRED,
    /** [the ground, the request's regime] the ground belongs to another regime. */
    GROUND_OTHER_REGIME,
    /** [the outcome] this outcome takes no ground. */
    GROUND_NOT_TAKEN,
    /** A decided outcome names no event. */
    EVENT_REQUIRED,
    /** [the event type] no item outcome can be given after this event. */
    EVENT_DECIDES_NOTHING,
    /** The event does not exist, was deleted, or is of another request. */
    EVENT_NOT_OF_REQUEST,
    /** The document does not exist or is a file of another request. */
    DOCUMENT_NOT_OF_REQUEST,
    /** The item does not exist or is of another request. */
    ITEM_MISSING,
    /** [the most items] too many items. */
    TOO_MANY_ITEMS,
    /** An avis per item without a CADA avis on the request, or outside the CRPA. */
    AVIS_WITHOUT_REFERRAL,
    /** [the most] too many grounds or documents in one decision. */
    TOO_MANY_VALUES,
    /** The same item twice in one list. */
    DUPLICATE_ITEM
}
