package fr.vigie.campaign;

import java.util.List;

/**
 * A bulk action on some of a campaign's requests, as submitted (page or API): text as typed.
 *
 * @param action     EVENT (record the same event on each), TAGS (add tags), LETTERS (prepare each one's letter)
 * @param requestIds the requests chosen, each one of the campaign's
 * @param type       for EVENT: the event type (SENT, RECEIVED, ANSWER...)
 * @param date       for EVENT: its date
 * @param outcome    for EVENT ANSWER: the outcome
 * @param channel    for EVENT SENT: how it was sent (each request's own when blank)
 * @param tags       for TAGS: the tags to add, comma-separated
 * @param letterKind for LETTERS: the kind of letter (the letter of each request's next step when blank)
 */
public record BulkForm(String action, List<String> requestIds, String type, String date, String outcome, String channel,
        String tags, String letterKind) {

    static final BulkForm EMPTY = new BulkForm(null, List.of(), "SENT", null, null, null, null, null);

    public BulkForm {
        requestIds = requestIds == null ? List.of() : requestIds;
    }

    /** The actions, event types and outcomes the page offers (the API takes any event type). */
    public List<String> actions() {
        return List.of("EVENT", "TAGS", "LETTERS");
    }

    public List<String> types() {
        return List.of("SENT", "RECEIVED", "ANSWER", "DOCUMENTS_RECEIVED", "CADA_REFERRAL_SENT", "WITHDRAWN", "CLOSED");
    }

    public List<String> outcomes() {
        return List.of("FULL", "PARTIAL", "REFUSED", "NOT_HELD", "OTHER");
    }

    /** Whether the page should show this request ticked again (after a refused bulk action). */
    public boolean ticked(long requestId) {
        return requestIds.contains(String.valueOf(requestId));
    }
}
