package fr.vigie.search;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.search.query.Hit;
import fr.vigie.search.query.SearchResult;

/** The API's view of search results. */
public final class SearchJson {

    private SearchJson() {
    }

    /**
     * A page of results. {@code total} is exact when {@code totalExact}; otherwise there are at least that many
     * (hits are counted exactly up to a threshold only).
     */
    public record Results(long total, boolean totalExact, int page, int size, List<Item> items) {
        static Results from(SearchResult result) {
            return new Results(result.total(), result.exact(), result.page(), result.size(),
                    result.items().stream().map(Item::from).toList());
        }
    }

    /**
     * One result. {@code bodyName}: the body the request is addressed to; {@code matched}: TITLE, LETTER, BODY, TAGS, CODES, NOTE, FILE, CONTENT, SUBJECT or MAIL;
     * {@code snippet}: plain text around the match, {@code highlights}: the matched ranges in it, [start, end) in
     * characters; {@code page}: the document's page for CONTENT; {@code status}: how reading a document went, or
     * IN / OUT for a message; {@code label}: the file name, the event type or the correspondent.
     */
    public record Item(String type, long requestId, Long eventId, Long documentId, Long mailId, Integer page,
            String title, String bodyName, String matched, String snippet, List<int[]> highlights, float score, LocalDate date,
            String label, String status) {
        static Item from(Hit h) {
            return new Item(h.type().name(), h.requestId(), h.eventId(), h.documentId(), h.mailId(), h.page(), h.title(), h.bodyName(),
                    h.matched() == null ? null : h.matched().name(), h.snippet() == null ? null : h.snippet().text(),
                    h.snippet() == null ? List.of() : h.snippet().marks(), h.score(), h.date(), h.label(), h.status());
        }
    }

    /** The outcome of asking to read a document again. */
    public record Retry(long documentId, String status, String previous) {
    }
}
