package fr.vigie.search.source;

import java.time.LocalDate;
import java.util.Map;

/**
 * One searchable thing, as a source reads it: its request (whose facts every entry carries, for filters and
 * permissions), what it is, its date, its texts by field, and what the results show of it.
 *
 * @param label      what names it in a result: the event type of a note, the file name of a document, the
 *                   correspondent of a message
 * @param status     for a document, how reading its text went; for a message, IN or OUT (null otherwise)
 * @param pageStarts for a document, the offset in its content where each page starts ("0,1830,4012"), or null
 */
public record Entry(EntryType type, RequestFacts request, Long eventId, Long documentId, Long mailId, LocalDate date,
        String label, String status, String pageStarts, Map<SearchField, String> texts) {
}
