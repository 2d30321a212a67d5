package fr.vigie.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.request.document.CheckedFile;
import fr.vigie.request.document.DocumentCode;
import fr.vigie.request.document.DocumentStore;
import fr.vigie.request.document.RequestDocument;
import fr.vigie.request.document.Upload;
import fr.vigie.request.item.ItemForm;
import fr.vigie.request.item.ItemWriter;
import fr.vigie.request.item.OutcomeForm;
import fr.vigie.request.item.RequestItem;
import fr.vigie.request.procedure.Decision;
import fr.vigie.request.procedure.Fact;
import fr.vigie.request.procedure.ProcedureCode;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.request.procedure.RequestProcedure;

/**
 * The only writer of requests, their timelines, their files and their derived state, whoever calls it: a
 * page, the API, or a job on a worker thread with no HTTP request. Each change is checked whole (its form,
 * then the procedure on the proposed timeline, in one fold) and stored with the state that fold gave, in one
 * transaction: a refused change leaves nothing behind. Refusals are {@link Refusal}s with codes, never text.
 */
@ApplicationScoped
public class RequestService {

    /** Most files one event takes. */
    public static final int MAX_FILES_PER_EVENT = 20;

    /** A request as written, with the state its fold gave (for answers that show it without folding again). */
    public record Saved(AccessRequest request, ProcedureState state) {
    }

    private final AppClock clock;
    private final RequestChecks checks;
    private final RequestStates states;
    private final EventHistory history;
    private final DocumentStore documents;
    private final ItemWriter items;
    private final RequestCreation creation;

    RequestService(AppClock clock, RequestChecks checks, RequestStates states, EventHistory history, DocumentStore documents,
            ItemWriter items, RequestCreation creation) {
        this.clock = clock;
        this.checks = checks;
        this.states = states;
        this.history = history;
        this.documents = documents;
        this.items = items;
        this.creation = creation;
    }

    @Transactional
    public Saved create(RequestForm form, long ownerId) {
        Saved saved = creation.insert(form, AppUser.findById(ownerId));
        states.changed(List.of(saved.request().id));
        return saved;
    }

    /**
     * Creates one request per form for one owner, in one transaction, all or none (a campaign's batch): the ids in
     * the forms' order, or a {@link BatchRefusal} naming the first form refused. Each request is checked and stored
     * as by {@link #create}; the data version moves once for the batch. The session is flushed and emptied every
     * {@link RequestCreation#BATCH_CHUNK} requests, so that each request costs the same however long the batch:
     * callers keep ids, not entities read before the call.
     */
    @Transactional
    public List<Long> createAll(List<RequestForm> forms, long ownerId) {
        return creation.createAll(forms, ownerId);
    }

    /** Updates the request's own fields; {@code expectedVersion} must be the version the user read. */
    @Transactional
    public Saved update(long id, RequestForm form, long expectedVersion) {
        AccessRequest request = find(id);
        requireVersion(request, expectedVersion);
        checks.applyFields(form, request, request.owner.id);
        List<Fact> timeline = facts(RequestEvent.timelineOf(request));
        ProcedureState state = accepted(request, timeline, null);
        return new Saved(request, touch(request, state, timeline, false));
    }

    /** Records an event with the files that came with it; nothing is kept if the event or one file is refused. */
    @Transactional
    public RequestEvent addEvent(long requestId, EventForm form, List<Upload> files, long actorId, Long expectedVersion) {
        AccessRequest request = find(requestId);
        requireVersion(request, expectedVersion);
        RequestEvent event = new RequestEvent();
        event.request = request;
        checks.applyEvent(form, request, event, clock.today());
        List<CheckedFile> checkedFiles = checks.inspect("attachments", files, MAX_FILES_PER_EVENT);
        List<RequestEvent> live = RequestEvent.timelineOf(request);
        List<Fact> timeline = new ArrayList<>(facts(live));
        Fact added = event.toFact();
        timeline.add(added);
        ProcedureState state = accepted(request, timeline, added);
        AppUser actor = AppUser.findById(actorId);
        event.deleted = false;
        event.recordedBy = actor;
        event.recordedAt = clock.now();
        event.persist();
        checkedFiles.forEach(f -> documents.store(request.id, event.id, f, actor, event.recordedAt));
        request.takeCaseNumber(event);
        touch(request, state, timeline, true);
        return event;
    }

    /** Rewrites an event; its former state goes to the audit trail. */
    @Transactional
    public RequestEvent correctEvent(long requestId, long eventId, EventForm form, long actorId, Long expectedVersion) {
        AccessRequest request = find(requestId);
        requireVersion(request, expectedVersion);
        List<RequestEvent> live = RequestEvent.timelineOf(request);
        RequestEvent event = liveEvent(live, eventId);
        String before = history.snapshot(event);
        RequestEvent proposed = new RequestEvent();
        proposed.request = request;
        checks.applyEvent(form, request, proposed, clock.today());
        Fact corrected = proposed.toFact();
        List<Fact> timeline = live.stream().map(e -> e == event ? corrected : e.toFact()).toList();
        ProcedureState state = accepted(request, timeline, corrected);
        event.apply(form, proposed.toBody);
        history.record(event, EventAudit.Action.CORRECTED, before, history.snapshot(event), AppUser.findById(actorId));
        request.takeCaseNumber(event);
        touch(request, state, timeline, true);
        return event;
    }

    /** Removes an event from the timeline (kept, marked deleted, with an audit entry). */
    @Transactional
    public void deleteEvent(long requestId, long eventId, long actorId, Long expectedVersion) {
        AccessRequest request = find(requestId);
        requireVersion(request, expectedVersion);
        List<RequestEvent> live = RequestEvent.timelineOf(request);
        RequestEvent event = liveEvent(live, eventId);
        List<Fact> remaining = live.stream().filter(e -> e != event).map(RequestEvent::toFact).toList();
        Decision decision = RequestProcedure.decide(request.procedureContext(), remaining, null, clock.today());
        if (decision instanceof Decision.Refused refused) {
            throw Refusal.invalid("eventId", ProcedureCode.DELETE_BREAKS_TIMELINE, refused.violations().get(0));
        }
        event.deleted = true;
        history.record(event, EventAudit.Action.DELETED, history.snapshot(event), null, AppUser.findById(actorId));
        request.forgetCaseNumber(event);
        items.forgetEvent(request.id, event.id, clock.now());
        request.itemsOutcome = items.derived(request.id);
        touch(request, ((Decision.Accepted) decision).state(), remaining, true);
    }

    /** Attaches one file to a request, and to one of its live events if {@code eventId} is given. */
    @Transactional
    public RequestDocument attach(long requestId, Long eventId, Upload upload, long actorId) {
        AccessRequest request = find(requestId);
        CheckedFile file = checks.inspect("file", upload);
        if (eventId != null) {
            // locked: two uploads at once cannot both take the event's last free place
            RequestEvent event = RequestEvent.findById(eventId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (event == null || event.deleted || !event.request.id.equals(request.id)) {
                throw Refusal.invalid("eventId", RequestCode.EVENT_MISSING);
            }
            if (documents.countOfEvent(eventId) >= MAX_FILES_PER_EVENT) {
                throw Refusal.invalid("eventId", DocumentCode.TOO_MANY_FILES, MAX_FILES_PER_EVENT);
            }
        }
        RequestDocument stored = documents.store(request.id, eventId, file, AppUser.findById(actorId), clock.now());
        states.changed(List.of(request.id));
        return stored;
    }

    /**
     * Makes the request's list of documents asked for the one given (kept items by id, new ones without); the
     * request's outcome is derived from its items from then on. {@code expectedVersion}: the version the user read.
     */
    @Transactional
    public List<RequestItem> replaceItems(long requestId, List<ItemForm> list, long expectedVersion) {
        AccessRequest request = find(requestId);
        requireVersion(request, expectedVersion);
        List<RequestItem> kept = items.replace(ItemContexts.of(request), list, clock.now());
        itemsChanged(request);
        return kept;
    }

    /** Records what became of one document asked for, tied to the event that decided it and the files received. */
    @Transactional
    public RequestItem decideItem(long requestId, long itemId, OutcomeForm form, Long expectedVersion) {
        AccessRequest request = find(requestId);
        requireVersion(request, expectedVersion);
        RequestItem item = items.decide(ItemContexts.of(request), itemId, form, clock.now());
        itemsChanged(request);
        return item;
    }

    /** A change of the items is a change of the request: its outcome, statistics and version move with it. */
    private void itemsChanged(AccessRequest request) {
        request.itemsOutcome = items.derived(request.id);
        List<Fact> timeline = facts(RequestEvent.timelineOf(request));
        touch(request, accepted(request, timeline, null), timeline, true);
    }

    /** What one batch of recomputation did. */
    public record Recomputed(int examined, int changed, int failed) {
    }

    /**
     * Recomputes these requests' state as of {@code today}, through the same fold and store as every change:
     * the nightly job calls it for the states that have expired. Their rows are locked first, so that a user's
     * change at the same moment either waits for this batch or is waited for, and is never overwritten.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600) // a busy machine must not see the reaper abort a batch mid-write
    public Recomputed recompute(List<Long> ids, LocalDate today) {
        return states.recompute(ids, today);
    }

    /** The request, or a refusal naming it as not found. */
    AccessRequest find(long id) {
        AccessRequest request = AccessRequest.findById(id);
        if (request == null) {
            throw Refusal.notFound("id");
        }
        return request;
    }

    /** The procedure's state for the proposed timeline, or a refusal with its violations. */
    private ProcedureState accepted(AccessRequest request, List<Fact> timeline, Fact checked) {
        return accepted(request, timeline, checked, clock.today());
    }

    static ProcedureState accepted(AccessRequest request, List<Fact> timeline, Fact checked, LocalDate today) {
        Decision decision = RequestProcedure.decide(request.procedureContext(), timeline, checked, today);
        if (decision instanceof Decision.Refused refused) {
            throw Refusal.invalid(refused.violations());
        }
        return ((Decision.Accepted) decision).state();
    }

    /**
     * Stores the state of this change's fold. A change of the timeline is a change of the request: its version
     * moves (the derived state alone never moves it), at once, so that a concurrent change fails here, not at commit.
     */
    private ProcedureState touch(AccessRequest request, ProcedureState state, List<Fact> timeline, boolean timelineChanged) {
        if (timelineChanged) {
            AccessRequest.getEntityManager().lock(request, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        request.updatedAt = clock.now();
        states.store(request, state, timeline, RequestDeadline.list("requestId", request.id));
        states.changed(List.of(request.id));
        AccessRequest.flush();
        return state;
    }

    private static RequestEvent liveEvent(List<RequestEvent> live, long eventId) {
        return live.stream().filter(e -> e.id == eventId).findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, List.of(Violation.of("eventId", RequestCode.EVENT_MISSING))));
    }

    private static List<Fact> facts(List<RequestEvent> events) {
        return events.stream().map(RequestEvent::toFact).toList();
    }

    private static void requireVersion(AccessRequest request, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != request.version) {
            throw Refusal.stale();
        }
    }
}
