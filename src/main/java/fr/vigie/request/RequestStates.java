package fr.vigie.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import fr.vigie.app.DataVersion;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.request.procedure.DerivedState;
import fr.vigie.request.procedure.Fact;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.request.procedure.StateResolver;
import fr.vigie.request.procedure.Timeline;

/**
 * Stores what one fold derived for a request: its {@link DerivedState} and its deadline rows (rewritten only
 * when they differ), moves the data version the cached figures follow, and tells observers (the search
 * index) in the same transaction. The writer's only way to store derived state, for a user's change and for
 * the nightly recomputation alike.
 */
@ApplicationScoped
class RequestStates {

    private static final Logger LOG = Logger.getLogger(RequestStates.class);

    private final DataVersion dataVersion;
    private final Event<RequestChanged> changed;

    RequestStates(DataVersion dataVersion, Event<RequestChanged> changed) {
        this.dataVersion = dataVersion;
        this.changed = changed;
    }

    /**
     * @param timeline the live events {@code state} was folded from
     * @param stored   the request's deadline rows as stored now (empty for a new request)
     * @return whether anything stored changed
     */
    boolean store(AccessRequest request, ProcedureState state, List<Fact> timeline, List<RequestDeadline> stored) {
        // with items, the request's outcome is theirs: the statistics count what the items say (issue 15)
        DerivedState derived = DerivedState.of(state, timeline).withItemsOutcome(request.itemsOutcome);
        boolean moved = !derived.equals(request.state);
        request.state = derived;
        return storeDeadlines(request.id, state, stored) || moved;
    }

    /** Makes the stored rows say what the fold says: changed rows updated in place, others added or removed. */
    private static boolean storeDeadlines(long requestId, ProcedureState state, List<RequestDeadline> stored) {
        Map<DeadlineKey, RequestDeadline> old = new EnumMap<>(DeadlineKey.class);
        stored.forEach(row -> old.put(row.key, row));
        boolean moved = false;
        for (var deadline : state.deadlines()) {
            RequestDeadline row = RequestDeadline.of(requestId, deadline);
            RequestDeadline existing = old.remove(row.key);
            if (existing == null) {
                row.persist();
                moved = true;
            } else if (!existing.sameAs(row)) {
                existing.dueDate = row.dueDate;
                existing.party = row.party;
                existing.basis = row.basis;
                moved = true;
            }
        }
        old.values().forEach(RequestDeadline::delete);
        return moved || !old.isEmpty();
    }


    /** After the changes of one transaction: the cached figures move on, and observers hear of each request. */
    void changed(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return;
        }
        // everything else first: the version's row stays locked until commit, and every writer needs it
        AccessRequest.getEntityManager().flush();
        dataVersion.bump();
        requestIds.forEach(id -> changed.fire(new RequestChanged(id)));
    }

    /** The writer's {@link RequestService#recompute}: the batch locked, read in three queries, folded, stored. */
    RequestService.Recomputed recompute(List<Long> ids, LocalDate today) {
        AccessRequest.getEntityManager().createNativeQuery("SELECT id FROM access_request WHERE id IN (:ids) FOR UPDATE")
                .setParameter("ids", ids).getResultList();
        List<AccessRequest> requests = AccessRequest.list("from AccessRequest r join fetch r.body where r.id in ?1", ids);
        Map<Long, List<Fact>> timelines = new HashMap<>();
        RequestEvent.<RequestEvent>list("request.id in ?1 and deleted = false order by date, id", ids)
                .forEach(e -> timelines.computeIfAbsent(e.request.id, k -> new ArrayList<>()).add(e.toFact()));
        Map<Long, List<RequestDeadline>> stored = storedRows(ids);
        List<Long> changed = new ArrayList<>();
        int failed = 0;
        for (AccessRequest request : requests) {
            List<Fact> timeline = timelines.getOrDefault(request.id, List.of());
            try {
                ProcedureState state = StateResolver.resolve(request.procedureContext(), new Timeline(timeline), today);
                if (store(request, state, timeline, stored.getOrDefault(request.id, List.of()))) {
                    changed.add(request.id);
                }
            } catch (InvalidProcedureException e) {
                // a timeline recorded before a rule existed: its state stays as it was, and the log says why
                failed++;
                LOG.warnf("Request %d not recomputed: %s", request.id, e.getMessage());
            }
        }
        changed(changed);
        return new RequestService.Recomputed(requests.size(), changed.size(), failed);
    }

    /** Stored rows by request, for a batch. */
    static Map<Long, List<RequestDeadline>> storedRows(List<Long> requestIds) {
        return RequestDeadline.<RequestDeadline>list("requestId in ?1", requestIds).stream()
                .collect(Collectors.groupingBy(d -> d.requestId));
    }
}
