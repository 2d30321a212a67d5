package fr.vigie.request.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.vigie.form.FormValues;
import fr.vigie.form.PlainText;
import fr.vigie.form.RecordId;
import fr.vigie.form.TextRules;

/** One item of a request's list as submitted: its id when it is kept, none when it is new. */
public record ItemForm(
        @RecordId String id,
        @NotBlank(message = "REQUIRED") @Size(max = RequestItem.LABEL_MAX, message = "TOO_LONG") @PlainText String label,
        @Size(max = RequestItem.TEXT_MAX, message = "TOO_LONG") @PlainText(multiline = true) String description) {

    public ItemForm {
        id = TextRules.line(id);
        label = TextRules.line(label);
        description = TextRules.lines(description);
    }

    public Long itemId() {
        return FormValues.id(id);
    }
}
