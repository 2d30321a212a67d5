package fr.vigie.letter;

import fr.vigie.letter.LetterWindow.Reason;
import fr.vigie.letter.LetterWindow.Timing;

/** The interface label of each constant: exhaustive switches, so a constant without its text does not compile. */
public final class LetterLabels {

    private LetterLabels() {
    }

    public static String kind(LetterMsg msg, LetterKind kind) {
        return switch (kind) {
            case REQUEST -> msg.kind_REQUEST();
            case REMINDER -> msg.kind_REMINDER();
            case REASONS_REQUEST -> msg.kind_REASONS_REQUEST();
            case CADA_REFERRAL -> msg.kind_CADA_REFERRAL();
            case GROUPED_CADA_REFERRAL -> msg.kind_GROUPED_CADA_REFERRAL();
            case RECOURS_GRACIEUX -> msg.kind_RECOURS_GRACIEUX();
            case COURT_APPLICATION -> msg.kind_COURT_APPLICATION();
            case CNIL_COMPLAINT -> msg.kind_CNIL_COMPLAINT();
            case FOIA_APPEAL -> msg.kind_FOIA_APPEAL();
            case INTERNAL_REVIEW -> msg.kind_INTERNAL_REVIEW();
            case WIDERSPRUCH -> msg.kind_WIDERSPRUCH();
        };
    }

    public static String channel(LetterMsg msg, LetterChannel channel) {
        return switch (channel) {
            case EMAIL -> msg.channel_EMAIL();
            case ONLINE_FORM -> msg.channel_ONLINE_FORM();
            case POST -> msg.channel_POST();
            case REGISTERED_POST -> msg.channel_REGISTERED_POST();
            case HAND_DELIVERY -> msg.channel_HAND_DELIVERY();
        };
    }

    public static String timing(LetterMsg msg, Timing timing) {
        return switch (timing) {
            case TOO_EARLY -> msg.timing_TOO_EARLY();
            case OPEN -> msg.timing_OPEN();
            case TOO_LATE -> msg.timing_TOO_LATE();
        };
    }

    public static String reason(LetterMsg msg, Reason reason, String date) {
        return switch (reason) {
            case NOT_SENT -> msg.reason_NOT_SENT(date);
            case NO_REFUSAL_YET -> msg.reason_NO_REFUSAL_YET(date);
            case NO_CADA_REFERRAL -> msg.reason_NO_CADA_REFERRAL(date);
            case AWAITING_CADA -> msg.reason_AWAITING_CADA(date);
            case SINGLE_BODY -> msg.reason_SINGLE_BODY(date);
            case ALREADY_SENT -> msg.reason_ALREADY_SENT(date);
            case ANSWERED -> msg.reason_ANSWERED(date);
            case EXPRESS_REFUSAL -> msg.reason_EXPRESS_REFUSAL(date);
            case DEADLINE_PASSED -> msg.reason_DEADLINE_PASSED(date);
            case FURTHER_STEP -> msg.reason_FURTHER_STEP(date);
        };
    }

    /** The bracketed note a letter opens with when it is not timely; null when it is. */
    public static String warning(LetterMsg msg, LetterWindow w, java.util.Locale ui) {
        if (w.isOpen()) {
            return null;
        }
        String date = w.reasonDate() == null ? "" : fr.vigie.deadline.period.DateText.format(w.reasonDate(), ui);
        String reason = reason(msg, w.reason(), date);
        return w.timing() == Timing.TOO_EARLY ? msg.warning_early(reason) : msg.warning_late(reason);
    }
}
