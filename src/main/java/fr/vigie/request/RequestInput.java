package fr.vigie.request;

import java.util.List;

/** A request's own fields as submitted (form or API), before validation. */
public record RequestInput(String title, String text, String regime, String bodyId, String channel,
        String visibility, List<String> tags, String bodyReference, String cadaCaseNumber, String courtCaseNumber) {

    public static RequestInput of(AccessRequest r) {
        return new RequestInput(r.title, r.text, r.regime.name(), String.valueOf(r.body.id), r.channel.name(),
                r.visibility.name(), r.tagList(), r.bodyReference, r.cadaCaseNumber, r.courtCaseNumber);
    }
}
