package fr.vigie.request;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.request.document.DocumentService;
import fr.vigie.request.document.DocumentShelf;
import fr.vigie.request.timeline.RequestEvent;
import fr.vigie.app.AppClock;
import fr.vigie.web.CurrentLocale;

/** Builds what a request page shows, as of today, in the page's language. */
@ApplicationScoped
public class RequestViews {

    private final RequestService requests;
    private final CurrentLocale locale;
    private final AppClock clock;
    private final DocumentService documents;

    public RequestViews(RequestService requests, CurrentLocale locale, AppClock clock, DocumentService documents) {
        this.requests = requests;
        this.locale = locale;
        this.clock = clock;
        this.documents = documents;
    }

    @Transactional
    public RequestView of(AccessRequest request) {
        request.body.name.length();
        List<RequestEvent> events = RequestEvent.timelineOf(request);
        events.forEach(e -> e.recordedBy.username.length());
        DocumentShelf shelf = DocumentShelf.of(documents.of(request),
                events.stream().map(e -> e.id).collect(Collectors.toSet()), locale.get());
        return RequestView.of(request, requests.stateOf(request), events, shelf, locale.bundle(RequestMsg.class),
                locale.get(), clock.today());
    }
}
