package fr.vigie.search.query;

import java.time.LocalDate;

import fr.vigie.search.source.SearchField;
import fr.vigie.search.source.EntryType;

/**
 * One result: what it is (a request, a note, a document and its page, a message), the request it belongs to, what
 * of it matched and a snippet around the match.
 *
 * @param bodyName  the body the request is addressed to: a campaign's requests share their title
 * @param label     the event type of a note, the file name of a document, the correspondent of a message
 * @param status    how reading a document's text went ({@code fr.vigie.search.extract.ExtractionStatus}); IN or OUT
 *                  for a message
 * @param publicKey the public address's key of a PUBLIC request (for visitors who are not logged in)
 */
public record Hit(EntryType type, long requestId, Long eventId, Long documentId, Long mailId, Integer page, String title,
        String bodyName, SearchField matched, Snippet snippet, float score, LocalDate date, String label, String status, String publicKey) {
}
