package fr.vigie.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Regime;

/**
 * What letters know of a request, as plain values: its body, its events, its stage and its deadlines.
 * Built by {@link LetterFactsReader}, the only class that reads the request core, so the rest of this package
 * never depends on how requests are stored.
 *
 * @param stage   the request's stage name ({@code fr.vigie.request.procedure.RequestStage})
 * @param channel how the request was sent ({@code fr.vigie.request.procedure.SendingChannel} name)
 */
public record LetterFacts(long id, long ownerId, String title, String text, Regime regime, String channel,
        String bodyReference, String cadaCaseNumber, String courtCaseNumber, LocalDate createdOn, Body body,
        String stage, List<Happened> events, List<Deadline> deadlines, LocalDate receipt, boolean receiptEstimated,
        Long identityId, List<AskedItem> items) {

    public LetterFacts {
        events = List.copyOf(events);
        deadlines = List.copyOf(deadlines);
        items = List.copyOf(items);
    }

    /**
     * A document asked for and its fate (issue 15).
     *
     * @param outcome what it finally is (an {@code ItemOutcome} name)
     * @param given   the requester has it (given, or already public)
     * @param grounds the legal grounds the body gave, each cited with its article, in French and English
     */
    public record AskedItem(String label, String outcome, boolean given, List<fr.vigie.deadline.Text> grounds) {
    }

    /** The documents asked for that the requester did not get (refused, redacted, not held, unanswered...). */
    public List<AskedItem> itemsNotGiven() {
        return items.stream().filter(i -> !i.given()).toList();
    }

    /** The body the request was sent to. */
    public record Body(long id, String name, String postalAddress, String email, String prada, String departement) {
    }

    /**
     * One event of the timeline ({@code type} is a {@code RequestEventType} name).
     *
     * @param refusal the answer refused, in whole or in part (partial, refused, not held)
     */
    public record Happened(String type, LocalDate date, String outcome, boolean refusal, String avis,
            String caseNumber, String toBody) {
    }

    public Optional<Happened> first(String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    public boolean has(String type) {
        return first(type).isPresent();
    }

    public Optional<LocalDate> deadline(DeadlineKey key) {
        return find(key).map(Deadline::date);
    }

    public Optional<Deadline> find(DeadlineKey key) {
        return deadlines.stream().filter(d -> d.key() == key).findFirst();
    }

    public Optional<LocalDate> sentOn() {
        return first("SENT").map(Happened::date);
    }

    /** The first answer that refused, in whole or in part. */
    public Optional<Happened> expressRefusal() {
        return events.stream().filter(e -> e.type().equals("ANSWER") && e.refusal()).findFirst();
    }

    /** The date a French implicit refusal arose, when no express answer came before it and it has arisen by {@code today}. */
    public Optional<LocalDate> implicitRefusal(LocalDate today) {
        Optional<LocalDate> date = deadline(DeadlineKey.IMPLICIT_REFUSAL).filter(d -> !today.isBefore(d));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        boolean answeredBefore = events.stream().anyMatch(e -> e.type().equals("ANSWER") && e.date().isBefore(date.get()));
        return answeredBefore ? Optional.empty() : date;
    }

    /** The refusal the requester contests: the express one, else the implicit one. */
    public Optional<Refusal> refusal(LocalDate today) {
        Optional<Happened> express = expressRefusal();
        Optional<LocalDate> implicit = implicitRefusal(today);
        if (express.isPresent() && (implicit.isEmpty() || !express.get().date().isAfter(implicit.get()))) {
            return Optional.of(new Refusal(false, express.get().date(), express.get().outcome()));
        }
        return implicit.map(d -> new Refusal(true, d, null)).or(() -> express.map(e -> new Refusal(false, e.date(), e.outcome())));
    }

    /** A refusal: by silence (implicit) on the day it arose, or express with its date and outcome. */
    public record Refusal(boolean implicit, LocalDate date, String outcome) {
    }

    public boolean isSettled() {
        return stage.equals("ANSWERED") || stage.equals("WITHDRAWN") || stage.equals("CLOSED");
    }
}
