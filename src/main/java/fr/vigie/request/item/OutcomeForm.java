package fr.vigie.request.item;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.vigie.form.FormValues;
import fr.vigie.form.OneOf;
import fr.vigie.form.PlainText;
import fr.vigie.form.RecordId;
import fr.vigie.form.TextRules;
import fr.vigie.request.procedure.Avis;

/**
 * A decision on one item as submitted (page or API): its outcome, the legal grounds (names of {@link LegalGround}),
 * the event that decided it, the documents received for it, a note, and the CADA's avis on it with what the body
 * did after. Grounds and documents are lists, checked one by one by the writer.
 */
public record OutcomeForm(
        @NotBlank(message = "REQUIRED") @OneOf(ItemOutcome.class) String outcome,
        List<String> grounds,
        @RecordId String eventId,
        List<String> documentIds,
        @Size(max = RequestItem.TEXT_MAX, message = "TOO_LONG") @PlainText(multiline = true) String note,
        @OneOf(Avis.class) String avis,
        @OneOf(ItemOutcome.class) String afterAvis) {

    /** Most grounds and documents one decision names. */
    public static final int MAX_LIST = 20;

    public OutcomeForm {
        outcome = TextRules.line(outcome);
        grounds = grounds == null ? List.of() : grounds.stream().map(TextRules::line).filter(g -> g != null).distinct().toList();
        eventId = TextRules.line(eventId);
        documentIds = documentIds == null ? List.of()
                : documentIds.stream().map(TextRules::line).filter(d -> d != null).distinct().toList();
        note = TextRules.lines(note);
        avis = TextRules.line(avis);
        afterAvis = TextRules.line(afterAvis);
    }

    public ItemOutcome outcomeValue() {
        return FormValues.constant(ItemOutcome.class, outcome);
    }

    public Long event() {
        return FormValues.id(eventId);
    }

    public Avis avisValue() {
        return FormValues.constant(Avis.class, avis);
    }

    public ItemOutcome afterAvisValue() {
        return FormValues.constant(ItemOutcome.class, afterAvis);
    }
}
