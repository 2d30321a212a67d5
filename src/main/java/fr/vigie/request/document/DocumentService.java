package fr.vigie.request.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import fr.vigie.account.AppUser;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestChanged;
import fr.vigie.request.RequestMsg;
import fr.vigie.request.RequestService;
import fr.vigie.request.timeline.EventInput;
import fr.vigie.request.timeline.RequestEvent;
import fr.vigie.app.AppClock;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.NotFoundException;
import fr.vigie.web.Page;

/**
 * Stores and serves the files of requests. Files are checked before anything is written, and an event
 * recorded with files is stored with them in one transaction: a refused file leaves no event behind.
 */
@ApplicationScoped
public class DocumentService {

    private final RequestService requests;
    private final FileInspector inspector;
    private final AppClock clock;
    private final CurrentLocale locale;
    private final Event<RequestChanged> changed;

    public DocumentService(RequestService requests, FileInspector inspector, AppClock clock, CurrentLocale locale,
            Event<RequestChanged> changed) {
        this.requests = requests;
        this.inspector = inspector;
        this.clock = clock;
        this.locale = locale;
        this.changed = changed;
    }

    /** The file and its bytes, for a download. */
    public record Download(RequestDocument document, byte[] bytes) {
    }

    /** Records an event (through {@link RequestService}) with the files that came with it. */
    @Transactional
    public RequestEvent recordEvent(long requestId, EventInput input, List<Upload> files, long actorId, Long version) {
        List<CheckedFile> checked = files.stream().map(f -> inspector.inspect("attachments", f)).toList();
        RequestEvent event = requests.addEvent(requestId, input, actorId, version);
        checked.forEach(f -> store(event.request, event, f, actorId));
        return event;
    }

    /** Attaches one file to a request, and to one of its events if {@code eventId} is given. */
    @Transactional
    public RequestDocument attach(long requestId, Long eventId, Upload upload, long actorId) {
        AccessRequest request = requests.get(requestId);
        CheckedFile file = inspector.inspect("file", upload);
        return store(request, eventId == null ? null : liveEvent(request, eventId), file, actorId);
    }

    @Transactional
    public Page<RequestDocument> list(long requestId, int page, int size) {
        AccessRequest request = requests.get(requestId);
        var query = RequestDocument.find("request = ?1 order by id", request);
        List<RequestDocument> items = query.page(page - 1, size).list();
        items.forEach(d -> d.eventId());
        return new Page<>(items, page, size, query.count());
    }

    /** Every document of the request, metadata only, for its page. */
    @Transactional
    public List<RequestDocument> of(AccessRequest request) {
        List<RequestDocument> documents = RequestDocument.of(request);
        documents.forEach(d -> d.eventId());
        return documents;
    }

    @Transactional
    public Download download(long requestId, long documentId) {
        RequestDocument document = RequestDocument.findById(documentId);
        if (document == null || document.request.id != requestId) {
            throw new NotFoundException(locale.msg().error_notfound_detail());
        }
        DocumentContent content = DocumentContent.findById(documentId);
        return new Download(document, content.content);
    }

    private RequestDocument store(AccessRequest request, RequestEvent event, CheckedFile file, long actorId) {
        RequestDocument document = new RequestDocument();
        document.request = request;
        document.event = event;
        document.fileName = file.fileName();
        document.contentType = file.contentType();
        document.size = file.bytes().length;
        document.sha256 = file.sha256();
        document.uploadedBy = AppUser.findById(actorId);
        document.uploadedAt = clock.now();
        document.persist();
        DocumentContent content = new DocumentContent();
        content.documentId = document.id;
        content.content = file.bytes();
        content.persist();
        changed.fire(new RequestChanged(request.id));
        return document;
    }

    private RequestEvent liveEvent(AccessRequest request, long eventId) {
        RequestEvent event = RequestEvent.findById(eventId);
        if (event == null || event.deleted || !event.request.id.equals(request.id)) {
            throw InvalidInputException.of("eventId", locale.bundle(RequestMsg.class).v_event_missing());
        }
        return event;
    }
}
