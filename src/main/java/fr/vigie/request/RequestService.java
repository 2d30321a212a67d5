package fr.vigie.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.account.AppUser;
import fr.vigie.account.Passwords;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.request.timeline.EventAudit;
import fr.vigie.request.timeline.EventInput;
import fr.vigie.request.timeline.RequestEvent;
import fr.vigie.app.AppClock;
import fr.vigie.web.ConflictException;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.NotFoundException;

/**
 * The only writer of requests and their timelines. Every change is checked as a whole (the new
 * timeline must follow the procedure's order) and then the derived state is recomputed and stored,
 * in the same transaction: a refused change leaves nothing behind.
 */
@ApplicationScoped
public class RequestService {

    private final AppClock clock;
    private final CurrentLocale locale;
    private final RequestState states;
    private final EventHistory history;

    public RequestService(AppClock clock, CurrentLocale locale, RequestState states, EventHistory history) {
        this.clock = clock;
        this.locale = locale;
        this.states = states;
        this.history = history;
    }

    @Transactional
    public AccessRequest get(long id) {
        AccessRequest request = AccessRequest.findById(id);
        if (request == null) {
            throw new NotFoundException("request " + id);
        }
        request.body.name.length(); // pages show the body: load it while the session is open
        request.owner.username.length();
        return request;
    }

    @Transactional
    public AccessRequest create(RequestInput input, long ownerId) {
        AccessRequest request = new AccessRequest();
        RequestValidator.apply(checks(), rmsg(), input, request);
        request.owner = AppUser.findById(ownerId);
        request.publicKey = Passwords.randomSecret(18);
        request.createdAt = clock.now();
        request.updatedAt = request.createdAt;
        // IDENTITY ids insert at once: derive first, so the row is inserted complete (and stays at version 0)
        ProcedureState state = states.apply(request, List.of());
        request.persist();
        states.storeDeadlines(request, state);
        return request;
    }

    /** Updates the request's own fields; {@code expectedVersion} must be the version the user read. */
    @Transactional
    public AccessRequest update(long id, RequestInput input, Long expectedVersion) {
        AccessRequest request = get(id);
        requireVersion(request, expectedVersion);
        RequestValidator.apply(checks(), rmsg(), input, request);
        List<RequestEvent> timeline = RequestEvent.timelineOf(request);
        states.check(request, timeline, null);
        request.updatedAt = clock.now();
        states.recompute(request, timeline);
        AccessRequest.flush(); // the answer shows the new version; a concurrent change fails here, not at commit
        return request;
    }

    @Transactional
    public RequestEvent addEvent(long requestId, EventInput input, long actorId, Long expectedVersion) {
        AccessRequest request = get(requestId);
        requireVersion(request, expectedVersion);
        RequestEvent event = new RequestEvent();
        event.request = request;
        validate(input, request, event);
        List<RequestEvent> timeline = new java.util.ArrayList<>(RequestEvent.timelineOf(request));
        timeline.add(event);
        states.check(request, timeline, event);
        event.deleted = false;
        event.recordedBy = AppUser.findById(actorId);
        event.recordedAt = clock.now();
        event.persist();
        copyCaseNumber(request, event);
        touch(request, RequestEvent.timelineOf(request));
        return event;
    }

    /** Rewrites an event; its former state goes to the audit trail. */
    @Transactional
    public RequestEvent correctEvent(long requestId, long eventId, EventInput input, long actorId, Long expectedVersion) {
        AccessRequest request = get(requestId);
        requireVersion(request, expectedVersion);
        RequestEvent event = liveEvent(request, eventId);
        String before = history.snapshot(event);
        RequestEvent proposed = new RequestEvent();
        proposed.request = request;
        validate(input, request, proposed);
        List<RequestEvent> timeline = RequestEvent.timelineOf(request).stream()
                .map(e -> e.id.equals(eventId) ? proposed : e).toList();
        states.check(request, timeline, proposed);
        history.copy(proposed, event);
        history.record(event, EventAudit.Action.CORRECTED, before, history.snapshot(event), actorId);
        copyCaseNumber(request, event);
        touch(request, RequestEvent.timelineOf(request));
        return event;
    }

    /** Removes an event from the timeline (kept, marked deleted, with an audit entry). */
    @Transactional
    public void deleteEvent(long requestId, long eventId, long actorId, Long expectedVersion) {
        AccessRequest request = get(requestId);
        requireVersion(request, expectedVersion);
        RequestEvent event = liveEvent(request, eventId);
        List<RequestEvent> remaining = RequestEvent.timelineOf(request).stream().filter(e -> !e.id.equals(eventId)).toList();
        try {
            states.check(request, remaining, null);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("eventId", rmsg().v_delete_breaks(e.errors().get(0).message()));
        }
        event.deleted = true;
        history.record(event, EventAudit.Action.DELETED, history.snapshot(event), null, actorId);
        touch(request, remaining);
    }

    @Transactional
    public List<RequestEvent> timeline(long requestId) {
        return RequestEvent.timelineOf(get(requestId));
    }

    /** The state as of today, with explanations, for display (the stored columns serve lists). */
    @Transactional
    public ProcedureState stateOf(AccessRequest request) {
        return states.resolve(request, RequestEvent.timelineOf(request));
    }

    private void validate(EventInput input, AccessRequest request, RequestEvent target) {
        FieldChecks checks = checks();
        fr.vigie.request.timeline.EventValidator.apply(checks, rmsg(), input, request, clock.today(), target);
        checks.throwIfAny();
    }

    private RequestEvent liveEvent(AccessRequest request, long eventId) {
        RequestEvent event = RequestEvent.findById(eventId);
        if (event == null || event.deleted || !event.request.id.equals(request.id)) {
            throw new NotFoundException(rmsg().v_event_missing());
        }
        return event;
    }

    /** A case number given with the registration or the filing is the request's reference from then on. */
    private static void copyCaseNumber(AccessRequest request, RequestEvent event) {
        if (event.caseNumber == null) {
            return;
        }
        switch (event.type) {
            case CADA_REGISTERED -> request.cadaCaseNumber = event.caseNumber;
            case COURT_FILED -> request.courtCaseNumber = event.caseNumber;
            default -> {
            }
        }
    }

    private void touch(AccessRequest request, List<RequestEvent> timeline) {
        request.updatedAt = clock.now();
        states.recompute(request, timeline);
        AccessRequest.flush(); // the answer shows the new version; a concurrent change fails here, not at commit
    }

    private void requireVersion(AccessRequest request, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != request.version) {
            throw new ConflictException(rmsg().v_stale());
        }
    }

    private FieldChecks checks() {
        return new FieldChecks(locale.msg());
    }

    private RequestMsg rmsg() {
        return locale.bundle(RequestMsg.class);
    }
}
