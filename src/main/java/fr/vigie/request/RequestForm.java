package fr.vigie.request;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.vigie.app.Violation;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import fr.vigie.form.FormValues;
import fr.vigie.form.OneOf;
import fr.vigie.form.PlainText;
import fr.vigie.form.RecordId;
import fr.vigie.form.Tags;
import fr.vigie.form.TextRules;
import fr.vigie.request.procedure.SendingChannel;

/**
 * A request's own fields as submitted (a page's form, the API's body, a campaign's batch), declared once with
 * what each accepts. Text as typed, trimmed, blank is none; the page gives the tags as one comma-separated line.
 */
public record RequestForm(
        @NotBlank(message = "REQUIRED") @Size(max = 300, message = "TOO_LONG") @PlainText String title,
        @NotBlank(message = "REQUIRED") @Size(max = 20_000, message = "TOO_LONG") @PlainText(multiline = true) String text,
        @NotBlank(message = "REQUIRED") @OneOf(Regime.class) String regime,
        @NotBlank(message = "REQUIRED") @RecordId String bodyId,
        @NotBlank(message = "REQUIRED") @OneOf(SendingChannel.class) String channel,
        @OneOf(Visibility.class) String visibility,
        List<String> tags,
        @Size(max = 200, message = "TOO_LONG") @PlainText String bodyReference,
        @Size(max = 100, message = "TOO_LONG") @PlainText String cadaCaseNumber,
        @Size(max = 100, message = "TOO_LONG") @PlainText String courtCaseNumber,
        @RecordId String identityId,
        @OneOf(Residence.class) String requesterResidence) {

    public RequestForm {
        title = TextRules.line(title);
        text = TextRules.lines(text);
        regime = TextRules.line(regime);
        bodyId = TextRules.line(bodyId);
        channel = TextRules.line(channel);
        visibility = TextRules.line(visibility);
        tags = tags == null ? List.of() : tags.stream().map(t -> t == null ? "" : t).toList();
        bodyReference = TextRules.line(bodyReference);
        cadaCaseNumber = TextRules.line(cadaCaseNumber);
        courtCaseNumber = TextRules.line(courtCaseNumber);
        identityId = TextRules.line(identityId);
        requesterResidence = TextRules.line(requesterResidence);
    }

    /** The request's current fields, to start an edit from. */
    public static RequestForm of(AccessRequest r) {
        return new RequestForm(r.title, r.text, r.regime.name(), String.valueOf(r.body.id), r.channel.name(),
                r.visibility.name(), r.tagList(), r.bodyReference, r.cadaCaseNumber, r.courtCaseNumber,
                r.identityId == null ? null : r.identityId.toString(),
                r.requesterResidence == null ? null : r.requesterResidence.name());
    }

    /** The same fields with other tags (a campaign's bulk tagging). */
    public RequestForm withTags(List<String> newTags) {
        return new RequestForm(title, text, regime, bodyId, channel, visibility, newTags, bodyReference, cadaCaseNumber,
                courtCaseNumber, identityId, requesterResidence);
    }

    /** Where the requester lives, for the distance periods before a court (CJA R421-7); null: not given. */
    public Residence residence() {
        return FormValues.constant(Residence.class, requesterResidence);
    }

    /** The identity the request is made in the name of; null: the owner's default. */
    public Long identity() {
        return FormValues.id(identityId);
    }

    public Regime regimeValue() {
        return FormValues.constant(Regime.class, regime);
    }

    public Long body() {
        return FormValues.id(bodyId);
    }

    public SendingChannel sendingChannel() {
        return FormValues.constant(SendingChannel.class, channel);
    }

    /** PRIVATE unless said otherwise. */
    public Visibility visibilityValue() {
        Visibility v = FormValues.constant(Visibility.class, visibility);
        return v == null ? Visibility.PRIVATE : v;
    }

    /** The tags by the one tag rule ({@link Tags}), or a violation when one is not a tag or there are too many. */
    List<String> cleanTags(List<Violation> violations) {
        return Tags.clean(tags, RequestCode.TAGS, violations);
    }
}
