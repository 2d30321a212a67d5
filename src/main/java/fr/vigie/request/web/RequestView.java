package fr.vigie.request.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.period.DateText;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.procedure.NextAction;
import fr.vigie.request.procedure.ProcedureState;

/**
 * Everything a request page shows, with dates already written out in the page's language. Built inside the
 * reading transaction, with every related record it shows already loaded.
 */
public record RequestView(AccessRequest request, ProcedureState state, List<RequestEvent> events,
        Action next, List<DeadlineLine> deadlines, List<String> warnings, String receiptText, DocumentShelf documents) {

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
        Action next = a == null ? null : new Action(a.step().name(),
                msg.action(a.step(), a.date() == null ? "" : DateText.format(a.date(), locale)),
                a.date() == null ? null : DateText.format(a.date(), locale), a.daysFrom(today),
                a.date() != null && today.isAfter(a.date()), a.party().name(), a.step().recordedBy().name());
        List<DeadlineLine> lines = state.deadlines().stream().map(d -> line(d, locale, today)).toList();
        String receipt = state.receipt() == null ? null : DateText.format(state.receipt(), locale);
        List<String> warnings = state.warnings().stream().map(w -> w.message(locale)).toList();
        return new RequestView(r, state, events, next, lines, warnings, receipt, documents);
    }

    private static DeadlineLine line(Deadline d, Locale locale, LocalDate today) {
        boolean fr = DateText.isFrench(locale);
        List<String> also = d.alsoPossible().stream()
                .map(p -> DateText.format(p.date(), locale) + " — " + (fr ? p.reasonFr() : p.reasonEn())).toList();
        return new DeadlineLine(d.key().name(), d.key().subject().in(locale),
                DateText.format(d.date(), locale), d.party().name(), d.basis(), d.explanation().text(locale), also,
                d.date().isBefore(today));
    }
}
