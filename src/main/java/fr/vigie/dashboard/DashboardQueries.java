package fr.vigie.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.web.Page;
import io.quarkus.cache.CacheResult;
import io.quarkus.panache.common.Parameters;

/**
 * The dashboard as indexed queries on the columns RequestService stores (stage, next action, overdue
 * date), kept current as days pass by the daily refresh: no loop over requests. Results are cached
 * per filter {@link AsOf as of} a day and data version, so repeated views cost one version read.
 */
@ApplicationScoped
public class DashboardQueries {

    static final List<RequestStage> SETTLED = List.copyOf(RequestStage.SETTLED);

    /**
     * Overdue: a stored overdue date on or before today. Written as a range with a lower bound because H2
     * keeps the nulls (every request not late) at the start of the index: "is not null and &lt;= today"
     * walked all of them, 90,000 of 100,000 requests, where this reads only the late ones.
     */
    private static final String OVERDUE = "r.state.overdueSince between :longAgo and :today";
    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    /** The requester's own act-by dates on unsettled requests. */
    private static final String YOURS = "r.state.stage not in :settled and r.state.nextActionParty = :requester";
    /** An act-by date that passed (a range with a lower bound, as {@link #OVERDUE}). */
    private static final String MISSED = "r.state.nextActionDate between :longAgo and :yesterday";

    /** Requests fetched with their body and owner by at most this many ids at a time. */
    private static final int FETCH_CHUNK = 500;

    /** An overdue request: which, since when, and what happens next. */
    public record OverdueItem(AccessRequest request, long daysLate) {
    }

    private final EntityManager em;

    public DashboardQueries(EntityManager em) {
        this.em = em;
    }

    @CacheResult(cacheName = "dashboard-counts")
    public DashboardCounts counts(DashboardFilter filter, AsOf asOf) {
        LocalDate today = asOf.today();
        return new DashboardCounts(
                count(filter, "r.state.stage not in :settled", p -> p.and("settled", SETTLED)),
                count(filter, OVERDUE, p -> p.and("longAgo", LONG_AGO).and("today", today)),
                count(filter, "r.state.stage not in :settled and r.state.nextActionDate >= :today and r.state.nextActionDate <= :limit",
                        p -> p.and("settled", SETTLED).and("today", today).and("limit", today.plusDays(7))),
                count(filter, "r.regime = :crpa and r.state.stage in :atCada", p -> p.and("crpa", Regime.FR_CRPA)
                        .and("atCada", List.of(RequestStage.UNDER_REVIEW, RequestStage.AWAITING_DECISION))),
                count(filter, "r.state.stage = :court", p -> p.and("court", RequestStage.IN_COURT)),
                count(filter, "r.state.stage in :settled", p -> p.and("settled", SETTLED)),
                count(filter, YOURS + " and r.state.nextActionDate >= :today and r.state.nextActionDate <= :limit",
                        p -> p.and("settled", SETTLED).and("requester", Party.REQUESTER).and("today", today).and("limit", today.plusDays(7))),
                count(filter, YOURS + " and " + MISSED, p -> p.and("settled", SETTLED).and("requester", Party.REQUESTER)
                        .and("longAgo", LONG_AGO).and("yesterday", today.minusDays(1))));
    }

    /** Overdue requests, the longest late first. */
    @CacheResult(cacheName = "dashboard-overdue")
    public Page<OverdueItem> overdue(DashboardFilter filter, AsOf asOf, int page, int size) {
        LocalDate today = asOf.today();
        Parameters params = new Parameters().and("longAgo", LONG_AGO).and("today", today);
        String where = filter.where(params) + " and " + OVERDUE;
        long total = count(where, params);
        List<AccessRequest> rows = select(where + " order by r.state.overdueSince asc, r.id asc", params, page, size);
        List<OverdueItem> items = rows.stream()
                .map(r -> new OverdueItem(r, ChronoUnit.DAYS.between(r.state.overdueSince().minusDays(1), today))).toList();
        return new Page<>(items, page, size, total);
    }

    /** Open requests whose next act-by date falls within {@code days} days, the soonest first. */
    @CacheResult(cacheName = "dashboard-due")
    public Page<AccessRequest> dueWithin(DashboardFilter filter, AsOf asOf, int days, int page, int size) {
        LocalDate today = asOf.today();
        Parameters params = new Parameters().and("today", today).and("limit", today.plusDays(days)).and("settled", SETTLED);
        String where = filter.where(params)
                + " and r.state.stage not in :settled and r.state.nextActionDate >= :today and r.state.nextActionDate <= :limit";
        return new Page<>(select(where + " order by r.state.nextActionDate asc, r.id asc", params, page, size), page, size,
                count(where, params));
    }

    /** Requests whose requester let an act-by date pass, the longest ago first: what can still be done is said per step. */
    @CacheResult(cacheName = "dashboard-missed")
    public Page<AccessRequest> missedByYou(DashboardFilter filter, AsOf asOf, int page, int size) {
        LocalDate today = asOf.today();
        Parameters params = new Parameters().and("settled", SETTLED).and("requester", Party.REQUESTER).and("longAgo", LONG_AGO)
                .and("yesterday", today.minusDays(1));
        String where = filter.where(params) + " and " + YOURS + " and " + MISSED;
        return new Page<>(select(where + " order by r.state.nextActionDate asc, r.id asc", params, page, size), page, size,
                count(where, params));
    }

    private long count(DashboardFilter filter, String condition, java.util.function.UnaryOperator<Parameters> more) {
        Parameters params = more.apply(new Parameters());
        return count(filter.where(params) + " and " + condition, params);
    }

    private long count(String where, Parameters params) {
        TypedQuery<Long> q = em.createQuery("select count(r) from AccessRequest r where " + where, Long.class);
        params.map().forEach(q::setParameter);
        return q.getSingleResult();
    }

    /**
     * Two steps: the page's ids in order, from the request table alone (H2 then walks the date index and
     * stops at the end of the page; with the joins to bodies and users it scanned every request first), then
     * those requests with their body and owner.
     */
    private List<AccessRequest> select(String whereAndOrder, Parameters params, int page, int size) {
        TypedQuery<Long> q = em.createQuery("select r.id from AccessRequest r where " + whereAndOrder, Long.class);
        params.map().forEach(q::setParameter);
        List<Long> ids = q.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        Map<Long, AccessRequest> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += FETCH_CHUNK) {
            em.createQuery("select r from AccessRequest r join fetch r.body join fetch r.owner where r.id in :ids", AccessRequest.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + FETCH_CHUNK))).getResultList()
                    .forEach(r -> byId.put(r.id, r));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
