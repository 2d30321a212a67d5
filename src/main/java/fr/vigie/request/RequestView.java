package fr.vigie.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.period.DateText;
import fr.vigie.request.document.DocumentShelf;
import fr.vigie.request.procedure.NextAction;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.request.timeline.RequestEvent;

/** Everything a request page shows, with dates already written out in the page's language. */
public record RequestView(AccessRequest request, ProcedureState state, List<RequestEvent> events,
        Action next, List<DeadlineLine> deadlines, String receiptText, DocumentShelf documents) {

    /** The next-action box: what, by when, in how many days, and which event records it. */
    public record Action(String key, String label, String dateText, Long daysLeft, boolean late, String party,
            String eventType) {

        /** Days past the act-by date (positive once it has passed). */
        public long lateDays() {
            return daysLeft == null ? 0 : -daysLeft;
        }
    }

    public record DeadlineLine(String key, String label, String dateText, String party, String basis,
            String explanation, List<String> alsoPossible, boolean past) {
    }

    static RequestView of(AccessRequest r, ProcedureState state, List<RequestEvent> events, DocumentShelf documents,
            RequestMsg msg, Locale locale, LocalDate today) {
        NextAction a = state.nextAction();
        Action next = a == null ? null : new Action(a.key(),
                msg.action(a.key(), a.date() == null ? "" : DateText.format(a.date(), locale)),
                a.date() == null ? null : DateText.format(a.date(), locale), a.daysFrom(today),
                a.date() != null && today.isAfter(a.date()), a.party().name(), eventFor(a.key()));
        List<DeadlineLine> lines = state.deadlines().stream().map(d -> line(d, locale, today)).toList();
        String receipt = state.receipt() == null ? null : DateText.format(state.receipt(), locale);
        return new RequestView(r, state, events, next, lines, receipt, documents);
    }

    private static DeadlineLine line(Deadline d, Locale locale, LocalDate today) {
        boolean fr = DateText.isFrench(locale);
        List<String> also = d.alsoPossible().stream()
                .map(p -> DateText.format(p.date(), locale) + " — " + (fr ? p.reasonFr() : p.reasonEn())).toList();
        return new DeadlineLine(d.key().name(), d.key().subject().in(locale),
                DateText.format(d.date(), locale), d.party().name(), d.basis(), d.explanation().text(locale), also,
                d.date().isBefore(today));
    }

    /** The event that does the step, for the "record it" link of the next-action box. */
    static String eventFor(String actionKey) {
        return switch (actionKey) {
            case "SEND" -> "SENT";
            case "IMPLICIT_REFUSAL", "RESPONSE_DUE", "EXTENDED_RESPONSE_DUE" -> "ANSWER";
            case "CADA_REFERRAL_BY" -> "CADA_REFERRAL_SENT";
            case "AWAIT_CADA_REGISTRATION" -> "CADA_REGISTERED";
            case "CADA_AVIS_DUE" -> "CADA_AVIS";
            case "BODY_ANSWER_TO_AVIS_DUE" -> "DECISION_AFTER_AVIS";
            case "APPEAL_BY", "OBJECTION_BY", "REQUEST_INTERNAL_REVIEW" -> "APPEAL_SENT";
            case "APPEAL_DECISION_DUE", "INTERNAL_REVIEW_DUE", "AWAIT_REVIEW_DECISION" -> "ANSWER";
            case "COURT_BY", "GO_TO_COURT" -> "COURT_FILED";
            case "FOLLOW_COURT_CASE" -> "JUDGMENT";
            default -> "CLOSED";
        };
    }
}
