package fr.vigie.request.procedure;

import fr.vigie.deadline.ReceiptEstimate;

/** How a request was sent; decides the estimated receipt date until the real one is known (LEGAL.md policy E). */
public enum SendingChannel {
    EMAIL(ReceiptEstimate.Channel.EMAIL),
    ONLINE_FORM(ReceiptEstimate.Channel.ONLINE_FORM),
    POST(ReceiptEstimate.Channel.POST),
    /** Until the avis de réception comes back with the real date, estimated like ordinary post. */
    REGISTERED_POST(ReceiptEstimate.Channel.POST),
    /** Handed over at the counter: received that day, like an electronic sending. */
    HAND_DELIVERY(ReceiptEstimate.Channel.EMAIL);

    private final ReceiptEstimate.Channel estimateAs;

    SendingChannel(ReceiptEstimate.Channel estimateAs) {
        this.estimateAs = estimateAs;
    }

    public ReceiptEstimate.Channel estimateAs() {
        return estimateAs;
    }
}
