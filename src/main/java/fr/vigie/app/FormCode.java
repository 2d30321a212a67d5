package fr.vigie.app;

/** Reasons any form field can be refused, whatever the feature. Arguments in brackets. */
public enum FormCode implements ViolationCode {
    REQUIRED,
    /** [maximum length] */
    TOO_LONG,
    /** A control, invisible or non-character in text. */
    FORBIDDEN_CHARACTERS,
    /** [the accepted values, comma-separated] */
    NOT_ONE_OF,
    /** Not an ISO date (YYYY-MM-DD) that exists. */
    NOT_A_DATE,
    /** Not a whole number from 1 up. */
    NOT_AN_ID,
    /** Not yes or no. */
    NOT_A_FLAG,
    /** The version the client read is required to change this. */
    VERSION_REQUIRED,
    /** Someone else changed it meanwhile. */
    STALE_VERSION,
    /** What the field names does not exist (or is not visible). */
    NOT_FOUND
}
