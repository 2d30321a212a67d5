package fr.vigie.request.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import fr.vigie.app.Refusal;
import fr.vigie.request.document.DocumentStore;
import fr.vigie.request.document.FileNames;
import fr.vigie.request.document.RequestDocument;

/**
 * The answer that sends a stored file back. Always an attachment, with the type detected at upload and
 * a sandbox policy, so that even a file that slipped through is saved, never shown or run by the browser
 * (X-Content-Type-Options: nosniff is set on every answer).
 */
final class Downloads {

    private Downloads() {
    }

    /** The file, or 404 when the request has no such document. */
    static Response of(DocumentStore.Download download) {
        if (download == null) {
            throw Refusal.notFound("docId");
        }
        RequestDocument d = download.document();
        String encoded = URLEncoder.encode(d.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.bytes(), d.contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + FileNames.ascii(d.fileName) + "\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CONTENT_LENGTH, download.bytes().length)
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
