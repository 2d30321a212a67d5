package fr.vigie.letter;

import java.time.LocalDate;

/**
 * When a letter is allowed: from {@code from} (null: no start) until {@code actBy} (null: no legal end),
 * and where today stands. A letter asked for too early or too late is still written, and says why.
 *
 * @param reason why it is too early or too late (null when open)
 * @param reasonDate the date the reason refers to (the deadline passed, the day it was already sent...)
 */
public record LetterWindow(LetterKind kind, LocalDate from, LocalDate actBy, Timing timing, Reason reason,
        LocalDate reasonDate) {

    public enum Timing { TOO_EARLY, OPEN, TOO_LATE }

    /** Why a letter is not timely; one message per constant in {@code LetterMsg}. */
    public enum Reason {
        NOT_SENT, NO_REFUSAL_YET, NO_CADA_REFERRAL, AWAITING_CADA, SINGLE_BODY, ALREADY_SENT, ANSWERED,
        EXPRESS_REFUSAL, DEADLINE_PASSED, FURTHER_STEP
    }

    static LetterWindow open(LetterKind kind, LocalDate from, LocalDate actBy) {
        return new LetterWindow(kind, from, actBy, Timing.OPEN, null, null);
    }

    LetterWindow early(Reason reason) {
        return new LetterWindow(kind, from, actBy, Timing.TOO_EARLY, reason, null);
    }

    LetterWindow late(Reason reason, LocalDate date) {
        return new LetterWindow(kind, from, actBy, Timing.TOO_LATE, reason, date);
    }

    public boolean isOpen() {
        return timing == Timing.OPEN;
    }
}
