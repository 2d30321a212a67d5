package fr.vigie.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import fr.vigie.app.Violation;
import fr.vigie.form.Flag;
import fr.vigie.form.FormValues;
import fr.vigie.form.IsoDate;
import fr.vigie.form.OneOf;
import fr.vigie.form.PlainText;
import fr.vigie.form.RecordId;
import fr.vigie.form.TextRules;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.EventField;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.ProcedureCode;
import fr.vigie.request.procedure.RequestEventType;
import fr.vigie.request.procedure.SendingChannel;

/**
 * An event as submitted, declared once: the page's form binds to it, the API's body becomes it, the audit
 * trail keeps it, and a job builds it. Values are text as typed (trimmed, blank is none); the constraints say
 * what each field accepts, and {@link #fieldViolations(List)} keeps only those of the fields the type carries.
 */
public record EventForm(
        @RestForm @NotBlank(message = "REQUIRED") @OneOf(RequestEventType.class) String type,
        @RestForm @NotBlank(message = "REQUIRED") @IsoDate String date,
        @RestForm @Size(max = 5000, message = "TOO_LONG") @PlainText(multiline = true) String note,
        @RestForm @OneOf(SendingChannel.class) String channel,
        @RestForm @Flag String acknowledged,
        @RestForm @RecordId String toBodyId,
        @RestForm @OneOf(Outcome.class) String outcome,
        @RestForm @OneOf(Avis.class) String avis,
        @RestForm @Size(max = 100, message = "TOO_LONG") @PlainText String caseNumber,
        @RestForm @Flag String remediesStated) {

    public EventForm {
        type = TextRules.line(type);
        date = TextRules.line(date);
        note = TextRules.lines(note);
        channel = TextRules.line(channel);
        acknowledged = TextRules.line(acknowledged);
        toBodyId = TextRules.line(toBodyId);
        outcome = TextRules.line(outcome);
        avis = TextRules.line(avis);
        caseNumber = TextRules.line(caseNumber);
        remediesStated = TextRules.line(remediesStated);
    }


    /** An event of {@code type} on {@code date} and nothing else, for jobs and tests. */
    public static EventForm of(RequestEventType type, LocalDate date) {
        return new EventForm(type.name(), date.toString(), null, null, null, null, null, null, null, null);
    }

    /** What a stored event says, for the audit trail. */
    public static EventForm of(RequestEvent e) {
        return new EventForm(e.type.name(), e.date.toString(), e.note, name(e.channel),
                e.acknowledged == null ? null : e.acknowledged.toString(), e.toBody == null ? null : e.toBody.id.toString(),
                name(e.outcome), name(e.avis), e.caseNumber, e.remediesStated == null ? null : e.remediesStated.toString());
    }

    /**
     * Of the constraint violations of this form, those that matter for its type (a field of another type is
     * dropped, not checked), and a required field of the type left empty.
     */
    List<Violation> fieldViolations(List<Violation> constraintViolations) {
        RequestEventType t = eventType();
        List<Violation> kept = new ArrayList<>();
        for (Violation v : constraintViolations) {
            EventField field = fieldNamed(v.field());
            if (field == null || t != null && t.has(field)) {
                kept.add(v);
            }
        }
        if (t != null) {
            for (EventField field : t.fields()) {
                boolean given = valueOf(field) != null;
                if (field.required() && !given && kept.stream().noneMatch(v -> v.field().equals(field.field()))) {
                    kept.add(Violation.of(field.field(), ProcedureCode.REQUIRED_FOR_TYPE));
                }
            }
        }
        return kept;
    }

    public RequestEventType eventType() {
        return FormValues.constant(RequestEventType.class, type);
    }

    public LocalDate eventDate() {
        return FormValues.date(date);
    }

    public SendingChannel sendingChannel() {
        return FormValues.constant(SendingChannel.class, channel);
    }

    public Boolean isAcknowledged() {
        return FormValues.flag(acknowledged);
    }

    public Long transferredToId() {
        return FormValues.id(toBodyId);
    }

    public Outcome answerOutcome() {
        return FormValues.constant(Outcome.class, outcome);
    }

    /** Whether the decision stated the remedies; null when not said (taken as stated). */
    public Boolean remediesWereStated() {
        return FormValues.flag(remediesStated);
    }

    public Avis avisGiven() {
        return FormValues.constant(Avis.class, avis);
    }

    private String valueOf(EventField field) {
        return switch (field) {
            case CHANNEL -> channel;
            case ACKNOWLEDGED -> acknowledged;
            case TO_BODY -> toBodyId;
            case OUTCOME -> outcome;
            case AVIS -> avis;
            case CASE_NUMBER -> caseNumber;
            case REMEDIES_STATED -> remediesStated;
        };
    }

    private static EventField fieldNamed(String name) {
        for (EventField field : EventField.values()) {
            if (field.field().equals(name)) {
                return field;
            }
        }
        return null;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
