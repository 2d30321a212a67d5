package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.ProcedureEvent;
import fr.vigie.deadline.ProcedureInput;
import fr.vigie.deadline.ReceiptEstimate;
import fr.vigie.deadline.Regime;

/**
 * Translates a request's timeline into the deadline engine's events. The clock starts at receipt by
 * the competent body: the last RECEIVED, TRANSFERRED (L311-2, L114-2 CRPA: it restarts at the
 * competent body) or CLARIFICATION_GIVEN (L114-5: the period runs from receipt of what was missing);
 * with only a sending date, receipt is estimated (LEGAL.md policy E).
 */
public final class ProcedureMapper {

    /** The engine's input, and whether the receipt date behind it is an estimate. */
    public record Mapped(ProcedureInput input, LocalDate receipt, boolean receiptEstimated) {
    }

    private ProcedureMapper() {
    }

    public static Mapped map(Regime regime, String territory, SendingChannel channel, Timeline timeline) {
        LocalDate receipt = null;
        boolean estimated = false;
        Boolean acknowledged = null;
        for (Fact f : timeline.facts()) {
            switch (f.type()) {
                case RECEIVED -> {
                    receipt = f.date();
                    estimated = false;
                    acknowledged = f.acknowledged();
                }
                case TRANSFERRED, CLARIFICATION_GIVEN -> {
                    receipt = f.date();
                    estimated = true;
                }
                default -> {
                }
            }
        }
        Optional<Fact> sent = timeline.first(RequestEventType.SENT);
        if (receipt == null && sent.isPresent()) {
            SendingChannel how = sent.get().channel() != null ? sent.get().channel() : channel;
            receipt = ReceiptEstimate.estimate(how.estimateAs(), sent.get().date());
            estimated = true;
        }
        List<ProcedureEvent> events = new ArrayList<>();
        if (receipt != null) {
            events.add(new ProcedureEvent(EventType.REQUEST_RECEIVED, receipt));
            addRegimeEvents(regime, timeline, receipt, events);
        }
        String where = regime.isFrench() ? territory : null;
        ProcedureInput input = ProcedureInput.of(regime, where, events);
        if (regime == Regime.FR_CRPA) {
            input = input.withAcknowledged(acknowledged);
        }
        return new Mapped(input, receipt, estimated);
    }

    private static void addRegimeEvents(Regime regime, Timeline t, LocalDate receipt, List<ProcedureEvent> events) {
        Optional<Fact> refusal = t.firstFrom(receipt, f -> f.type() == RequestEventType.ANSWER && f.isRefusal());
        switch (regime) {
            case FR_CRPA -> {
                refusal.filter(r -> t.first(RequestEventType.CADA_REGISTERED).map(c -> !r.date().isAfter(c.date())).orElse(true))
                        .ifPresent(r -> events.add(new ProcedureEvent(EventType.EXPRESS_REFUSAL, r.date())));
                add(events, t, RequestEventType.CADA_REGISTERED, EventType.CADA_REGISTERED);
                add(events, t, RequestEventType.CADA_AVIS, EventType.CADA_AVIS_RECEIVED);
                t.first(RequestEventType.DECISION_AFTER_AVIS).filter(Fact::isRefusal)
                        .ifPresent(d -> events.add(new ProcedureEvent(EventType.FINAL_REFUSAL, d.date())));
                add(events, t, RequestEventType.REASONS_ASKED, EventType.REASONS_REQUESTED);
                add(events, t, RequestEventType.REASONS_GIVEN, EventType.REASONS_RECEIVED);
            }
            case FR_GDPR -> add(events, t, RequestEventType.EXTENSION_NOTIFIED, EventType.EXTENSION_NOTIFIED);
            case US_FOIA -> {
                add(events, t, RequestEventType.EXTENSION_NOTIFIED, EventType.EXTENSION_NOTIFIED);
                refusal.ifPresent(r -> events.add(new ProcedureEvent(EventType.ADVERSE_DETERMINATION, r.date())));
                add(events, t, RequestEventType.APPEAL_SENT, EventType.APPEAL_RECEIVED);
            }
            case UK_FOIA -> add(events, t, RequestEventType.APPEAL_SENT, EventType.INTERNAL_REVIEW_REQUESTED);
            case DE_IFG -> t.firstFrom(receipt, f -> f.type() == RequestEventType.ANSWER)
                    .ifPresent(a -> events.add(new ProcedureEvent(EventType.DECISION_NOTIFIED, a.date())));
        }
    }

    private static void add(List<ProcedureEvent> events, Timeline t, RequestEventType from, EventType to) {
        t.first(from).ifPresent(f -> events.add(new ProcedureEvent(to, f.date())));
    }
}
