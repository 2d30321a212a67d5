package fr.vigie.request.item;

/** What became of one document asked for. PENDING until the body (or the CADA, or a court) says something. */
public enum ItemOutcome {
    PENDING,
    GIVEN,
    /** Given with parts blacked out (partial communication, L311-7 CRPA): the grounds say why, the note what. */
    GIVEN_REDACTED,
    /** Refused: at least one legal ground of the request's regime. */
    REFUSED,
    /** The body says the document does not exist or it does not hold it. */
    NOT_HELD,
    /** Already published: the note says where (L311-2 CRPA: no duty to communicate it again). */
    ALREADY_PUBLIC,
    /** Not an administrative document (for example judicial police records). */
    NOT_AN_ADMINISTRATIVE_DOCUMENT,
    /** Forwarded to the body that holds it. */
    TRANSFERRED;

    public boolean decided() {
        return this != PENDING;
    }

    /** Grounds are required. */
    public boolean needsGround() {
        return this == REFUSED;
    }

    /** Grounds may be given (a refusal must, a redaction should say why). */
    public boolean takesGround() {
        return this == REFUSED || this == GIVEN_REDACTED;
    }

    /** The requester has the document (whole, or where it is published). */
    public boolean given() {
        return this == GIVEN || this == ALREADY_PUBLIC;
    }
}
