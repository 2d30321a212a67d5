package fr.vigie.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.request.document.DocumentService;
import fr.vigie.request.document.Upload;
import fr.vigie.request.timeline.EventInput;

/**
 * The one place this package writes the request core: records the event of a letter marked sent, with the
 * letter's PDF attached, through the core's writer (DocumentService#recordEvent). A refused event throws and
 * the caller's transaction leaves nothing behind.
 */
@ApplicationScoped
public class SentRecorder {

    private final DocumentService documents;

    public SentRecorder(DocumentService documents) {
        this.documents = documents;
    }

    /** Records {@code eventType} on the request, dated {@code date}, with the PDF; returns the event's id. */
    @Transactional
    public long record(long requestId, String eventType, String date, String channel, String note, String fileName,
            byte[] pdf, long actorId, Long version) {
        Path file = null;
        try {
            file = Files.createTempFile("vigie-letter-", ".pdf");
            Files.write(file, pdf);
            EventInput input = new EventInput(eventType, date, note, "SENT".equals(eventType) ? channel : null, null,
                    null, null, null, null);
            return documents.recordEvent(requestId, input, List.of(new Upload(fileName, file, pdf.length)), actorId,
                    version).id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the letter's PDF", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the system's temporary files
                }
            }
        }
    }
}
