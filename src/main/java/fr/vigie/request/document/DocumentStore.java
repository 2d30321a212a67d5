package fr.vigie.request.document;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.account.AppUser;
import fr.vigie.web.Page;

/**
 * Where the files of requests are kept: metadata in {@code request_document}, bytes beside it. Only the
 * request writer stores files (in the transaction of the change they come with); anyone may read.
 */
@ApplicationScoped
public class DocumentStore {

    /** A file and its bytes, for a download. */
    public record Download(RequestDocument document, byte[] bytes) {
    }

    /** Keeps a checked file for the request, and for one of its events when {@code eventId} is given. */
    public RequestDocument store(long requestId, Long eventId, CheckedFile file, AppUser uploadedBy, Instant at) {
        RequestDocument document = new RequestDocument();
        document.requestId = requestId;
        document.eventId = eventId;
        document.fileName = file.fileName();
        document.contentType = file.contentType();
        document.size = file.bytes().length;
        document.sha256 = file.sha256();
        document.uploadedBy = uploadedBy;
        document.uploadedAt = at;
        document.persist();
        DocumentContent content = new DocumentContent();
        content.documentId = document.id;
        content.content = file.bytes();
        content.persist();
        return document;
    }

    /** Every document of the request, metadata only, oldest first. */
    public List<RequestDocument> of(long requestId) {
        return RequestDocument.list("requestId = ?1 order by id", requestId);
    }

    /** How many files an event holds: an event takes a limited number (issue 18, item 18). */
    public long countOfEvent(long eventId) {
        return RequestDocument.count("eventId", eventId);
    }

    public Page<RequestDocument> page(long requestId, int page, int size) {
        var query = RequestDocument.<RequestDocument>find("requestId = ?1 order by id", requestId);
        return new Page<>(query.page(page - 1, size).list(), page, size, query.count());
    }

    /** The document and its bytes, or null when the request has no such document. */
    public Download download(long requestId, long documentId) {
        RequestDocument document = RequestDocument.findById(documentId);
        if (document == null || document.requestId != requestId) {
            return null;
        }
        DocumentContent content = DocumentContent.findById(documentId);
        return new Download(document, content.content);
    }
}
