package fr.vigie.campaign;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.vigie.app.Violation;
import fr.vigie.deadline.Regime;
import fr.vigie.form.FormValues;
import fr.vigie.form.OneOf;
import fr.vigie.form.PlainText;
import fr.vigie.form.Tags;
import fr.vigie.form.TextRules;
import fr.vigie.request.RequestCode;

/**
 * A campaign's own fields as submitted (page or API): text as typed, trimmed, blank is none. The letter text
 * may hold merge fields ({@link LetterTemplate}); the tags go to every request of the campaign.
 */
public record CampaignForm(
        @NotBlank(message = "REQUIRED") @Size(max = 200, message = "TOO_LONG") @PlainText String name,
        @Size(max = 5000, message = "TOO_LONG") @PlainText(multiline = true) String description,
        @NotBlank(message = "REQUIRED") @OneOf(Regime.class) String regime,
        @NotBlank(message = "REQUIRED") @Size(max = 20_000, message = "TOO_LONG") @PlainText(multiline = true) String text,
        List<String> tags) {

    public CampaignForm {
        name = TextRules.line(name);
        description = TextRules.lines(description);
        regime = TextRules.line(regime);
        text = TextRules.lines(text);
        tags = tags == null ? List.of() : tags.stream().map(t -> t == null ? "" : t).toList();
    }

    /** The tags of a page's one-line, comma-separated field. */
    public static List<String> tagsOf(String line) {
        return Tags.ofLine(line);
    }

    public Regime regimeValue() {
        return FormValues.constant(Regime.class, regime);
    }

    /** The tags by the one tag rule ({@link Tags}), with the request core's own code when one is not a tag. */
    List<String> cleanTags(List<Violation> violations) {
        return Tags.clean(tags, RequestCode.TAGS, violations);
    }
}
