package fr.vigie.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.vigie.app.Violation;
import fr.vigie.deadline.Regime;
import fr.vigie.form.FormValues;
import fr.vigie.form.OneOf;
import fr.vigie.form.PlainText;
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

    /** As the request writer accepts them (RequestForm): at most 10 tags of 40 characters. */
    static final int MAX_TAGS = 10;
    static final int TAG_LENGTH = 40;
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*$");

    public CampaignForm {
        name = TextRules.line(name);
        description = TextRules.lines(description);
        regime = TextRules.line(regime);
        text = TextRules.lines(text);
        tags = tags == null ? List.of() : tags.stream().map(t -> t == null ? "" : t).toList();
    }

    /** The tags of a page's one-line, comma-separated field. */
    public static List<String> tagsOf(String line) {
        return line == null || line.isBlank() ? List.of() : List.of(line.split(","));
    }

    public Regime regimeValue() {
        return FormValues.constant(Regime.class, regime);
    }

    /** The tags lower-cased and de-duplicated, or a violation (the request core's own code) when one is not a tag. */
    List<String> cleanTags(List<Violation> violations) {
        List<String> clean = new ArrayList<>();
        for (String t : tags) {
            String tag = t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (tag.isEmpty() || clean.contains(tag)) {
                continue;
            }
            if (tag.length() > TAG_LENGTH || !TAG.matcher(tag).matches()) {
                violations.add(Violation.of("tags", RequestCode.TAGS, MAX_TAGS, TAG_LENGTH));
                return List.of();
            }
            clean.add(tag);
        }
        if (clean.size() > MAX_TAGS) {
            violations.add(Violation.of("tags", RequestCode.TAGS, MAX_TAGS, TAG_LENGTH));
        }
        return clean;
    }
}
