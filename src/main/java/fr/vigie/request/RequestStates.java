package fr.vigie.request;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import fr.vigie.app.DataVersion;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.request.procedure.DerivedState;
import fr.vigie.request.procedure.Fact;
import fr.vigie.request.procedure.ProcedureState;

/**
 * Stores what one fold derived for a request: its {@link DerivedState} and its deadline rows (rewritten only
 * when they differ), moves the data version the cached figures follow, and tells observers (the search
 * index) in the same transaction. The writer's only way to store derived state, for a user's change and for
 * the nightly recomputation alike.
 */
@ApplicationScoped
class RequestStates {

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

    /** Stored rows by request, for a batch. */
    static Map<Long, List<RequestDeadline>> storedRows(List<Long> requestIds) {
        return RequestDeadline.<RequestDeadline>list("requestId in ?1", requestIds).stream()
                .collect(Collectors.groupingBy(d -> d.requestId));
    }
}
