package fr.vigie.mail;

import fr.vigie.app.ViolationCode;

/** Why a mail action is refused. Arguments in brackets. */
public enum MailCode implements ViolationCode {
    /** Sending is not configured on this instance. */
    NOT_CONFIGURED,
    /** Not one valid e-mail address. */
    BAD_ADDRESS,
    /** A line break or control character in a header line (subject). */
    HEADER_BREAK,
    /** The message is not in the state the action needs: [its status] */
    WRONG_STATUS,
    /** The file is neither an e-mail (.eml) nor a mailbox (mbox). */
    NOT_MAIL,
    /** Too many messages in one import: [the most] */
    TOO_MANY_MESSAGES,
    /** A reminder date before today. */
    DATE_PAST,
    /** Too many reminders waiting: [the most] */
    TOO_MANY_REMINDERS
}
