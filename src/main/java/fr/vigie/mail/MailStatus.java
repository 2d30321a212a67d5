package fr.vigie.mail;

/** Where a message stands. Outgoing: PENDING → SENDING → SENT, or FAILED / UNCERTAIN; incoming: KEPT → MATCHED or INBOX → CONFIRMED or DISCARDED. */
public enum MailStatus {
    /** Waiting in the outbox (first attempt or a retry after {@code next_attempt_at}). */
    PENDING,
    /** Claimed by one sender, which is talking to the server. */
    SENDING,
    /** Accepted by the server. */
    SENT,
    /** Refused for good, or too many attempts: a person may retry. */
    FAILED,
    /** The sender stopped while talking to the server: it may have been sent; a person decides (never resent by itself). */
    UNCERTAIN,
    /** Kept raw, not yet read. */
    KEPT,
    /** Read and matched to a request: waits for a person to confirm its meaning. */
    MATCHED,
    /** Read, matched to no request: waits in the inbox. */
    INBOX,
    /** Its event recorded on the request. */
    CONFIRMED,
    /** Put aside by a person. */
    DISCARDED
}
