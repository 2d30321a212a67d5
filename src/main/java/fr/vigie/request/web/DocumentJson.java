package fr.vigie.request.web;

import java.time.Instant;

import fr.vigie.request.document.RequestDocument;

/** A document's metadata as the API shows it. */
public record DocumentJson(long id, String fileName, String contentType, long size, String sha256, Long eventId,
        Instant uploadedAt) {

    static DocumentJson from(RequestDocument d) {
        return new DocumentJson(d.id, d.fileName, d.contentType, d.size, d.sha256, d.eventId(), d.uploadedAt);
    }
}
