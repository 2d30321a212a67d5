package fr.vigie.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.request.timeline.RequestEvent;
import fr.vigie.web.AppClock;
import fr.vigie.web.CurrentLocale;

/** Builds what a request page shows, as of today, in the page's language. */
@ApplicationScoped
public class RequestViews {

    private final RequestService requests;
    private final CurrentLocale locale;
    private final AppClock clock;

    public RequestViews(RequestService requests, CurrentLocale locale, AppClock clock) {
        this.requests = requests;
        this.locale = locale;
        this.clock = clock;
    }

    @Transactional
    public RequestView of(AccessRequest request) {
        request.body.name.length();
        List<RequestEvent> events = RequestEvent.timelineOf(request);
        events.forEach(e -> e.recordedBy.username.length());
        return RequestView.of(request, requests.stateOf(request), events, locale.bundle(RequestMsg.class), locale.get(),
                clock.today());
    }
}
