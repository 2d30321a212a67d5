package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.ProcedureEvent;
import fr.vigie.deadline.ProcedureInput;
import fr.vigie.deadline.ReceiptEstimate;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;

/**
 * Translates a request's timeline into the deadline engine's events. The clock starts at receipt by the body
 * first seized: the first RECEIVED, or CLARIFICATION_GIVEN (L114-5 CRPA: the period runs from receipt of what was
 * missing); with only a sending date, receipt is estimated (LEGAL.md policy E). A transfer to the competent body
 * does not restart it (L114-2, L114-3 al. 1): it is the engine's TRANSFERRED event.
 */
public final class ProcedureMapper {

    /** The engine's input, and whether the receipt date behind it is an estimate. */
    public record Mapped(ProcedureInput input, LocalDate receipt, boolean receiptEstimated) {
    }

    private ProcedureMapper() {
    }

    public static Mapped map(Regime regime, String territory, SendingChannel channel, Timeline timeline,
            Residence residence) {
        Optional<Fact> received = timeline.first(RequestEventType.RECEIVED);
        Optional<Fact> completed = timeline.last(RequestEventType.CLARIFICATION_GIVEN);
        Optional<Fact> sent = timeline.first(RequestEventType.SENT);
        LocalDate receipt = received.map(Fact::date).orElse(null);
        boolean estimated = false;
        if (completed.isPresent() && (receipt == null || completed.get().date().isAfter(receipt))) {
            receipt = completed.get().date();
            estimated = true;
        }
        if (receipt == null && sent.isPresent()) {
            SendingChannel how = sent.get().channel() != null ? sent.get().channel() : channel;
            receipt = ReceiptEstimate.estimate(how.estimateAs(), sent.get().date());
            estimated = true;
            // a body that forwarded the request had received it: an estimate never falls after the transfer
            Optional<Fact> transfer = timeline.first(RequestEventType.TRANSFERRED);
            if (transfer.isPresent() && transfer.get().date().isBefore(receipt)) {
                receipt = transfer.get().date().isBefore(sent.get().date()) ? sent.get().date() : transfer.get().date();
            }
        }
        List<ProcedureEvent> events = new ArrayList<>();
        if (receipt != null) {
            events.add(new ProcedureEvent(EventType.REQUEST_RECEIVED, receipt));
            new Events(regime, timeline, receipt, events).add();
        }
        String where = regime.isFrench() ? territory : null;
        ProcedureInput input = ProcedureInput.of(regime, where, events);
        if (regime.isFrench()) { // the engine refuses a residence elsewhere; the form refuses it first
            input = input.withRequesterResidence(residence);
        }
        if (regime == Regime.FR_CRPA) {
            input = input.withAcknowledged(received.map(Fact::acknowledged).orElse(null));
        }
        return new Mapped(input, receipt, estimated);
    }

    /** The engine's events of one timeline, regime by regime. */
    private record Events(Regime regime, Timeline t, LocalDate receipt, List<ProcedureEvent> out) {

        void add() {
            switch (regime) {
                case FR_CRPA -> crpa();
                case FR_GDPR -> {
                    same(RequestEventType.EXTENSION_NOTIFIED, EventType.EXTENSION_NOTIFIED);
                    same(RequestEventType.CNIL_COMPLAINT_RECEIVED, EventType.CNIL_COMPLAINT_RECEIVED);
                    same(RequestEventType.CNIL_DECISION, EventType.CNIL_DECISION_NOTIFIED);
                    same(RequestEventType.INDIRECT_ACCESS_REQUESTED, EventType.INDIRECT_ACCESS_REQUESTED);
                }
                case US_FOIA -> {
                    same(RequestEventType.EXTENSION_NOTIFIED, EventType.EXTENSION_NOTIFIED);
                    Optional<Fact> appeal = t.first(RequestEventType.APPEAL_SENT);
                    firstAnswer(Fact::isRefusal, null).ifPresent(r -> out.add(event(EventType.ADVERSE_DETERMINATION, r)));
                    appeal.ifPresent(a -> out.add(event(EventType.APPEAL_RECEIVED, a)));
                    appeal.flatMap(a -> firstAnswer(Fact::isRefusal, a.date()))
                            .ifPresent(d -> out.add(event(EventType.APPEAL_DECIDED, d)));
                }
                case UK_FOIA -> {
                    Optional<Fact> review = t.first(RequestEventType.APPEAL_SENT);
                    firstAnswer(f -> true, null).ifPresent(a -> out.add(event(EventType.DECISION_NOTIFIED, a)));
                    review.ifPresent(r -> out.add(event(EventType.INTERNAL_REVIEW_REQUESTED, r)));
                    review.flatMap(r -> firstAnswer(f -> true, r.date()))
                            .ifPresent(d -> out.add(event(EventType.INTERNAL_REVIEW_DECIDED, d)));
                    same(RequestEventType.ICO_DECISION_NOTICE, EventType.ICO_DECISION_NOTICE);
                }
                case DE_IFG -> {
                    Optional<Fact> objection = t.first(RequestEventType.APPEAL_SENT);
                    firstAnswer(f -> true, null).ifPresent(a -> out.add(event(EventType.DECISION_NOTIFIED, a)));
                    objection.ifPresent(o -> out.add(event(EventType.OBJECTION_FILED, o)));
                    objection.flatMap(o -> firstAnswer(f -> true, o.date()))
                            .ifPresent(d -> out.add(event(EventType.OBJECTION_DECIDED, d)));
                }
            }
        }

        private void crpa() {
            firstAnswer(Fact::isRefusal, null).ifPresent(r -> out.add(event(EventType.EXPRESS_REFUSAL, r)));
            same(RequestEventType.TRANSFERRED, EventType.TRANSFERRED);
            same(RequestEventType.CADA_REFERRAL_SENT, EventType.CADA_REFERRAL_SENT);
            same(RequestEventType.CADA_REGISTERED, EventType.CADA_REGISTERED);
            same(RequestEventType.CADA_AVIS, EventType.CADA_AVIS_RECEIVED);
            t.first(RequestEventType.DECISION_AFTER_AVIS).filter(Fact::isRefusal)
                    .ifPresent(d -> out.add(event(EventType.FINAL_REFUSAL, d)));
            same(RequestEventType.REASONS_ASKED, EventType.REASONS_REQUESTED);
            same(RequestEventType.REASONS_GIVEN, EventType.REASONS_RECEIVED);
            same(RequestEventType.RECOURS_GRACIEUX_RECEIVED, EventType.RECOURS_GRACIEUX_RECEIVED);
            same(RequestEventType.RECOURS_GRACIEUX_REJECTED, EventType.RECOURS_GRACIEUX_REJECTED);
            same(RequestEventType.LEGAL_AID_REQUESTED, EventType.LEGAL_AID_REQUESTED);
            same(RequestEventType.LEGAL_AID_DECIDED, EventType.LEGAL_AID_DECIDED);
            same(RequestEventType.JUDGMENT_NOTIFIED, EventType.JUDGMENT_NOTIFIED);
        }

        /** The first answer from receipt (or after {@code after}) that {@code test} accepts. */
        private Optional<Fact> firstAnswer(Predicate<Fact> test, LocalDate after) {
            LocalDate from = after == null ? receipt : after.plusDays(1);
            return t.firstFrom(from, f -> f.type() == RequestEventType.ANSWER && test.test(f));
        }

        private void same(RequestEventType from, EventType to) {
            t.first(from).ifPresent(f -> out.add(event(to, f)));
        }

        /** The engine's event; whether the remedies were stated only where the regime asks (a decision). */
        private ProcedureEvent event(EventType type, Fact f) {
            return new ProcedureEvent(type, f.date(), regime.takesRemediesStated(type) ? f.remediesStated() : null);
        }
    }
}
