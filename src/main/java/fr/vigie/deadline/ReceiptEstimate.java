package fr.vigie.deadline;

import java.time.LocalDate;

/**
 * Policy E: the receipt date to use while the real one is unknown. The caller records the
 * result as an estimated REQUEST_RECEIVED and replaces it when the real date is known; the
 * engine, a pure function of the events, then recomputes every deadline.
 */
public final class ReceiptEstimate {

    /** How the request was sent. A post with avis de réception gives the real date, so it needs no estimate. */
    public enum Channel { EMAIL, ONLINE_FORM, POST }

    /** Post without avis de réception: three calendar days after sending. */
    static final int POST_DAYS = 3;

    private ReceiptEstimate() {
    }

    /** Electronic sending: the sending day; post without avis de réception: sending day + 3 calendar days. */
    public static LocalDate estimate(Channel channel, LocalDate sentOn) {
        return channel == Channel.POST ? sentOn.plusDays(POST_DAYS) : sentOn;
    }
}
