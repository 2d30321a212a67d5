package fr.vigie.letter;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.request.EventForm;
import fr.vigie.request.RequestService;
import fr.vigie.request.document.Upload;

/**
 * The one place this package writes the request core: records the event of a letter marked sent, with the
 * letter's PDF attached, through the core's writer. A refused event throws and the caller's transaction leaves
 * nothing behind.
 */
@ApplicationScoped
public class SentRecorder {

    private final RequestService requests;

    public SentRecorder(RequestService requests) {
        this.requests = requests;
    }

    /** Records {@code eventType} on the request, dated {@code date}, with the PDF; returns the event's id. */
    @Transactional
    public long record(long requestId, String eventType, String date, String channel, String note, String fileName,
            byte[] pdf, long actorId, Long version) {
        EventForm form = new EventForm(eventType, date, note, "SENT".equals(eventType) ? channel : null, null, null, null,
                null, null, null);
        return requests.addEvent(requestId, form, List.of(Upload.of(fileName, pdf)), actorId, version).id;
    }
}
