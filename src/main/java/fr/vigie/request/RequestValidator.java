package fr.vigie.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.web.FieldChecks;

/** Checks a request's own fields and writes them onto the entity when all are acceptable. */
final class RequestValidator {

    static final int MAX_TAGS = 10;
    static final int TAG_LENGTH = 40;
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*$");

    private RequestValidator() {
    }

    static void apply(FieldChecks checks, RequestMsg rmsg, RequestInput in, AccessRequest target) {
        String title = checks.line("title", in.title(), true, 300);
        String text = checks.lines("text", in.text(), true, 20_000);
        Regime regime = checks.oneOf("regime", in.regime(), Regime.class, true);
        PublicBody body = body(checks, in.bodyId());
        SendingChannel channel = checks.oneOf("channel", in.channel(), SendingChannel.class, true);
        Visibility visibility = in.visibility() == null || in.visibility().isBlank() ? Visibility.PRIVATE
                : checks.oneOf("visibility", in.visibility(), Visibility.class, true);
        String tags = tags(checks, rmsg, in.tags());
        String bodyReference = checks.line("bodyReference", in.bodyReference(), false, 200);
        String cadaCase = checks.line("cadaCaseNumber", in.cadaCaseNumber(), false, 100);
        String courtCase = checks.line("courtCaseNumber", in.courtCaseNumber(), false, 100);
        checks.throwIfAny();
        target.title = title;
        target.text = text;
        target.regime = regime;
        target.body = body;
        target.channel = channel;
        target.visibility = visibility;
        target.tags = tags;
        target.bodyReference = bodyReference;
        target.cadaCaseNumber = cadaCase;
        target.courtCaseNumber = courtCase;
    }

    private static PublicBody body(FieldChecks checks, String value) {
        if (value == null || value.isBlank()) {
            checks.add("bodyId", checks.msg().v_required());
            return null;
        }
        long id = checks.positive("bodyId", value, 0, Long.MAX_VALUE);
        PublicBody body = id == 0 ? null : PublicBody.findById(id);
        if (id != 0 && body == null) {
            checks.add("bodyId", checks.msg().v_parent_missing());
        }
        return body;
    }

    /** Tags, lower-cased and de-duplicated, stored as ",a,b," (see {@link AccessRequest#tags}). */
    static String tags(FieldChecks checks, RequestMsg rmsg, List<String> raw) {
        List<String> tags = new ArrayList<>();
        for (String t : raw == null ? List.<String>of() : raw) {
            String tag = t == null ? "" : t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (tag.isEmpty() || tags.contains(tag)) {
                continue;
            }
            if (tag.length() > TAG_LENGTH || !TAG.matcher(tag).matches()) {
                checks.add("tags", rmsg.v_tags(MAX_TAGS, TAG_LENGTH));
                return ",";
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_TAGS) {
            checks.add("tags", rmsg.v_tags(MAX_TAGS, TAG_LENGTH));
        }
        return "," + String.join(",", tags) + (tags.isEmpty() ? "" : ",");
    }
}
