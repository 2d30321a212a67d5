package fr.vigie.request.procedure;

import java.time.LocalDate;

/**
 * One timeline event as the procedure rules and the statistics see it: no persistence, so both test in milliseconds.
 *
 * @param remediesStated on a decision: whether it stated the remedies and their time limits (null: not said, taken as stated)
 */
public record Fact(RequestEventType type, LocalDate date, Outcome outcome, Boolean acknowledged, SendingChannel channel,
        Avis avis, Boolean remediesStated) {

    public Fact(RequestEventType type, LocalDate date, Outcome outcome, Boolean acknowledged, SendingChannel channel, Avis avis) {
        this(type, date, outcome, acknowledged, channel, avis, null);
    }

    public static Fact of(RequestEventType type, LocalDate date) {
        return new Fact(type, date, null, null, null, null, null);
    }

    public boolean isRefusal() {
        return outcome != null && outcome.isRefusal();
    }
}
