package fr.vigie.letter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import fr.vigie.deadline.period.PeriodCalculator;
import fr.vigie.letter.LetterFacts.Refusal;
import fr.vigie.letter.LetterWindow.Reason;

/**
 * When each letter is allowed, from the request's events and computed deadlines: a pure function of the
 * facts and today. The law's dates come from the deadline engine; this class only says which applies.
 */
public final class LetterWindows {

    /**
     * UK: the Code of Practice under s.45 FOIA (2018, section 5) lets an authority refuse an internal review asked
     * more than 40 working days after its response.
     */
    private static final Period UK_REVIEW_PERIOD = Period.workingDays(40);
    /** How long after the body's time a reminder still makes sense outside France ("just past its time"). */
    private static final int REMINDER_GRACE_DAYS = 30;

    private LetterWindows() {
    }

    /** Every letter of the request's regime, in the order of the procedure. */
    public static List<LetterWindow> all(LetterFacts f, List<LetterFacts> sameDocuments, LocalDate today) {
        return java.util.Arrays.stream(LetterKind.values()).filter(k -> k.appliesTo(f.regime()))
                .map(k -> of(k, f, sameDocuments, today)).toList();
    }

    public static LetterWindow of(LetterKind kind, LetterFacts f, List<LetterFacts> sameDocuments, LocalDate today) {
        Optional<Refusal> refusal = f.refusal(today);
        LocalDate refusedOn = refusal.map(Refusal::date).orElse(null);
        return switch (kind) {
            case REQUEST -> request(f);
            case REMINDER -> reminder(f, today);
            case REASONS_REQUEST -> reasons(f, today);
            case CADA_REFERRAL -> cada(f, refusedOn, today);
            case GROUPED_CADA_REFERRAL -> grouped(f, Grouping.companions(f, sameDocuments, today), refusedOn, today);
            case RECOURS_GRACIEUX -> gracieux(f, refusedOn, today);
            case COURT_APPLICATION -> court(f, today);
            case CNIL_COMPLAINT -> cnil(f, refusedOn, today);
            case FOIA_APPEAL -> appeal(kind, f, refusedOn, f.deadline(DeadlineKey.APPEAL_BY).orElse(null), today);
            case INTERNAL_REVIEW -> appeal(kind, f, refusedOn, ukReviewLimit(refusedOn), today);
            case WIDERSPRUCH -> appeal(kind, f, refusedOn, f.deadline(DeadlineKey.OBJECTION_BY).orElse(null), today);
        };
    }

    private static LetterWindow request(LetterFacts f) {
        LetterWindow w = LetterWindow.open(LetterKind.REQUEST, f.createdOn(), null);
        return f.sentOn().map(sent -> w.late(Reason.ALREADY_SENT, sent)).orElse(w);
    }

    private static LetterWindow reminder(LetterFacts f, LocalDate today) {
        LocalDate actBy;
        if (f.regime() == Regime.FR_CRPA) {
            actBy = f.deadline(DeadlineKey.CADA_REFERRAL_BY).orElse(null);
        } else {
            actBy = f.deadline(DeadlineKey.EXTENDED_RESPONSE_DUE).or(() -> f.deadline(DeadlineKey.RESPONSE_DUE))
                    .map(d -> d.plusDays(REMINDER_GRACE_DAYS)).orElse(null);
        }
        LetterWindow w = LetterWindow.open(LetterKind.REMINDER, f.sentOn().orElse(null), actBy);
        if (f.sentOn().isEmpty()) {
            return w.early(Reason.NOT_SENT);
        }
        Optional<LetterFacts.Happened> answer = f.first("ANSWER");
        if (answer.isPresent() || f.isSettled()) {
            return w.late(Reason.ANSWERED, answer.map(LetterFacts.Happened::date).orElse(null));
        }
        if (f.has("CADA_REFERRAL_SENT") || f.has("APPEAL_SENT") || f.has("COURT_FILED")) {
            return w.late(Reason.FURTHER_STEP, null);
        }
        return after(w, actBy, today);
    }

    /** L232-4 CRPA: the reasons of an implicit decision, asked within the time to appeal. */
    private static LetterWindow reasons(LetterFacts f, LocalDate today) {
        Optional<LocalDate> implicit = f.implicitRefusal(today);
        LocalDate actBy = f.deadline(DeadlineKey.CADA_REFERRAL_BY).orElse(null);
        LetterWindow w = LetterWindow.open(LetterKind.REASONS_REQUEST,
                f.deadline(DeadlineKey.IMPLICIT_REFUSAL).orElse(null), actBy);
        if (f.expressRefusal().isPresent()) {
            return w.late(Reason.EXPRESS_REFUSAL, f.expressRefusal().get().date());
        }
        if (implicit.isEmpty()) {
            return f.isSettled() ? w.late(Reason.ANSWERED, null) : w.early(Reason.NO_REFUSAL_YET);
        }
        if (f.has("REASONS_ASKED")) {
            return w.late(Reason.ALREADY_SENT, f.first("REASONS_ASKED").get().date());
        }
        return after(w, actBy, today);
    }

    private static LetterWindow cada(LetterFacts f, LocalDate refusedOn, LocalDate today) {
        LocalDate actBy = f.deadline(DeadlineKey.CADA_REFERRAL_BY).orElse(null);
        LetterWindow w = LetterWindow.open(LetterKind.CADA_REFERRAL, refusedOn, actBy);
        Optional<LetterFacts.Happened> sent = f.first("CADA_REFERRAL_SENT").or(() -> f.first("CADA_REGISTERED"));
        if (sent.isPresent()) {
            return w.late(Reason.ALREADY_SENT, sent.get().date());
        }
        if (f.isSettled()) {
            return w.late(Reason.ANSWERED, null);
        }
        if (refusedOn == null) {
            return w.early(Reason.NO_REFUSAL_YET);
        }
        return after(w, actBy, today);
    }

    private static LetterWindow grouped(LetterFacts f, List<Grouping.Member> companions, LocalDate refusedOn, LocalDate today) {
        LetterWindow single = cada(f, refusedOn, today);
        LocalDate actBy = companions.stream().map(Grouping.Member::actBy).filter(d -> d != null)
                .min(Comparator.naturalOrder()).map(d -> single.actBy() == null || d.isBefore(single.actBy()) ? d : single.actBy())
                .orElse(single.actBy());
        LocalDate from = companions.stream().map(Grouping.Member::refusedOn).max(Comparator.naturalOrder())
                .map(d -> refusedOn == null || d.isAfter(refusedOn) ? d : refusedOn).orElse(refusedOn);
        LetterWindow w = LetterWindow.open(LetterKind.GROUPED_CADA_REFERRAL, from, actBy);
        if (!single.isOpen()) {
            return new LetterWindow(w.kind(), from, actBy, single.timing(), single.reason(), single.reasonDate());
        }
        if (companions.isEmpty()) {
            return w.early(Reason.SINGLE_BODY);
        }
        return after(w, actBy, today);
    }

    private static LetterWindow gracieux(LetterFacts f, LocalDate refusedOn, LocalDate today) {
        LocalDate actBy = f.deadline(DeadlineKey.COURT_BY).or(() -> f.deadline(DeadlineKey.CADA_REFERRAL_BY)).orElse(null);
        LetterWindow w = LetterWindow.open(LetterKind.RECOURS_GRACIEUX, refusedOn, actBy);
        if (f.isSettled()) {
            return w.late(Reason.ANSWERED, null);
        }
        if (f.has("COURT_FILED")) {
            return w.late(Reason.FURTHER_STEP, f.first("COURT_FILED").get().date());
        }
        if (refusedOn == null) {
            return w.early(Reason.NO_REFUSAL_YET);
        }
        return after(w, actBy, today);
    }

    /** L342-1 CRPA: the court only after the CADA; R421-1 CJA: within two months of the confirmed refusal. */
    private static LetterWindow court(LetterFacts f, LocalDate today) {
        LocalDate actBy = f.deadline(DeadlineKey.COURT_BY).orElse(null);
        LocalDate from = f.first("DECISION_AFTER_AVIS").filter(LetterFacts.Happened::refusal).map(LetterFacts.Happened::date)
                .or(() -> f.deadline(DeadlineKey.CONFIRMED_REFUSAL)).orElse(null);
        LetterWindow w = LetterWindow.open(LetterKind.COURT_APPLICATION, from, actBy);
        if (f.has("COURT_FILED")) {
            return w.late(Reason.ALREADY_SENT, f.first("COURT_FILED").get().date());
        }
        if (f.isSettled()) {
            return w.late(Reason.ANSWERED, null);
        }
        if (!f.has("CADA_REFERRAL_SENT") && !f.has("CADA_REGISTERED")) {
            return w.early(Reason.NO_CADA_REFERRAL);
        }
        if (from == null || today.isBefore(from)) {
            return w.early(Reason.AWAITING_CADA);
        }
        return after(w, actBy, today);
    }

    /** GDPR art. 77: no time limit; a complaint once the month of art. 12(3) has passed or the controller refused. */
    private static LetterWindow cnil(LetterFacts f, LocalDate refusedOn, LocalDate today) {
        LocalDate due = f.deadline(DeadlineKey.EXTENDED_RESPONSE_DUE).or(() -> f.deadline(DeadlineKey.RESPONSE_DUE)).orElse(null);
        LocalDate from = refusedOn != null ? refusedOn : due == null ? null : due.plusDays(1);
        LetterWindow w = LetterWindow.open(LetterKind.CNIL_COMPLAINT, from, null);
        if (f.isSettled()) {
            return w.late(Reason.ANSWERED, null);
        }
        if (from == null || today.isBefore(from)) {
            return w.early(Reason.NO_REFUSAL_YET);
        }
        return w;
    }

    /** An appeal to the body itself (US appeal, UK internal review, German objection): once, after a refusal, before its limit. */
    private static LetterWindow appeal(LetterKind kind, LetterFacts f, LocalDate refusedOn, LocalDate actBy, LocalDate today) {
        LetterWindow w = LetterWindow.open(kind, refusedOn, actBy);
        if (f.has("APPEAL_SENT")) {
            return w.late(Reason.ALREADY_SENT, f.first("APPEAL_SENT").get().date());
        }
        if (f.isSettled()) {
            return w.late(Reason.ANSWERED, null);
        }
        if (refusedOn == null) {
            return w.early(Reason.NO_REFUSAL_YET);
        }
        return after(w, actBy, today);
    }

    private static LocalDate ukReviewLimit(LocalDate refusedOn) {
        return refusedOn == null ? null : PeriodCalculator.compute(refusedOn, UK_REVIEW_PERIOD, EndRule.KEEP,
                Regime.UK_FOIA.calendar(), List.of()).date();
    }

    private static LetterWindow after(LetterWindow w, LocalDate actBy, LocalDate today) {
        return actBy != null && today.isAfter(actBy) ? w.late(Reason.DEADLINE_PASSED, actBy) : w;
    }
}
