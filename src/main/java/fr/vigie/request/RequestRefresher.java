package fr.vigie.request;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.vigie.request.timeline.RequestEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recomputes the stored state of every unsettled request as days pass (a silence becomes a refusal,
 * a deadline becomes overdue). Idempotent: running it twice on a day changes nothing the second time.
 * Works in batches, each in its own transaction, so memory stays flat whatever the number of requests.
 */
@ApplicationScoped
public class RequestRefresher {

    static final int BATCH = 500;
    private static final List<RequestStage> SETTLED = List.of(RequestStage.ANSWERED, RequestStage.WITHDRAWN,
            RequestStage.CLOSED);

    private final RequestState states;
    private final EntityManager em;

    RequestRefresher(RequestState states, EntityManager em) {
        this.states = states;
        this.em = em;
    }

    /** Refreshes all unsettled requests; returns how many it looked at. */
    public int refreshAll() {
        long after = 0;
        int seen = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select r.id from AccessRequest r where r.id > :after and r.stage not in :settled order by r.id",
                    Long.class).setParameter("after", from).setParameter("settled", SETTLED).setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                return seen;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                for (Long id : ids) {
                    AccessRequest request = AccessRequest.findById(id);
                    states.recompute(request, RequestEvent.timelineOf(request));
                }
            });
            seen += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    /** Claims today's run of a daily job for this instance; false when another instance already has it. */
    public boolean claim(String job, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE daily_job SET last_run = ?1 WHERE name = ?2 AND last_run < ?1")
                .setParameter(1, today).setParameter(2, job).executeUpdate() == 1);
    }
}
