package fr.vigie.request.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.RequestReader;
import fr.vigie.web.CurrentLocale;

/** Builds what a request page shows, as of today, in the page's language. */
@ApplicationScoped
public class RequestViews {

    private final RequestReader requests;
    private final CurrentLocale locale;
    private final AppClock clock;

    public RequestViews(RequestReader requests, CurrentLocale locale, AppClock clock) {
        this.requests = requests;
        this.locale = locale;
        this.clock = clock;
    }

    @Transactional
    public RequestView of(long requestId) {
        return of(requests.get(requestId));
    }

    @Transactional
    public RequestView of(AccessRequest request) {
        List<RequestEvent> events = requests.timeline(request);
        DocumentShelf shelf = DocumentShelf.of(requests.documents(request.id),
                events.stream().map(e -> e.id).collect(Collectors.toSet()), locale.get());
        return RequestView.of(request, requests.stateOf(request, events), events, shelf, locale.bundle(RequestMsg.class),
                locale.get(), clock.today());
    }
}
