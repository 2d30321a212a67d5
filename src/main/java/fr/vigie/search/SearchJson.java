package fr.vigie.search;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.search.query.Hit;
import fr.vigie.web.Page;

/** The API's view of search results. */
public final class SearchJson {

    private SearchJson() {
    }

    /** A page of results. */
    public record Results(long total, int page, int size, List<Item> items) {
        static Results from(Page<Hit> page) {
            return new Results(page.total(), page.page(), page.size(), page.items().stream().map(Item::from).toList());
        }
    }

    /**
     * One result. {@code matched}: TITLE, LETTER, BODY, TAGS, CODES, NOTE, FILE or CONTENT; {@code snippet}: plain
     * text around the match, {@code highlights}: the matched ranges in it, [start, end) in characters;
     * {@code page}: the document's page for CONTENT; {@code status}: how reading a document went.
     */
    public record Item(String type, long requestId, Long eventId, Long documentId, Integer page, String title,
            String matched, String snippet, List<int[]> highlights, float score, LocalDate date, String label,
            String status) {
        static Item from(Hit h) {
            return new Item(h.type().name(), h.requestId(), h.eventId(), h.documentId(), h.page(), h.title(),
                    h.matched() == null ? null : h.matched().name(), h.snippet() == null ? null : h.snippet().text(),
                    h.snippet() == null ? List.of() : h.snippet().marks(), h.score(), h.date(), h.label(), h.status());
        }
    }

    /** The outcome of asking to read a document again. */
    public record Retry(long documentId, String status, String previous) {
    }
}
