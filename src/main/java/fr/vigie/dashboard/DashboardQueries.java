package fr.vigie.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.vigie.deadline.Regime;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestStage;
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

    static final List<RequestStage> SETTLED = List.of(RequestStage.ANSWERED, RequestStage.WITHDRAWN, RequestStage.CLOSED);

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
                count(filter, "r.stage not in :settled", p -> p.and("settled", SETTLED)),
                count(filter, "r.overdueSince is not null and r.overdueSince <= :today", p -> p.and("today", today)),
                count(filter, "r.stage not in :settled and r.nextActionDate >= :today and r.nextActionDate <= :limit",
                        p -> p.and("settled", SETTLED).and("today", today).and("limit", today.plusDays(7))),
                count(filter, "r.regime = :crpa and r.stage in :atCada", p -> p.and("crpa", Regime.FR_CRPA)
                        .and("atCada", List.of(RequestStage.UNDER_REVIEW, RequestStage.AWAITING_DECISION))),
                count(filter, "r.stage = :court", p -> p.and("court", RequestStage.IN_COURT)),
                count(filter, "r.stage in :settled", p -> p.and("settled", SETTLED)));
    }

    /** Overdue requests, the longest late first. */
    @CacheResult(cacheName = "dashboard-overdue")
    public Page<OverdueItem> overdue(DashboardFilter filter, AsOf asOf, int page, int size) {
        LocalDate today = asOf.today();
        Parameters params = new Parameters().and("today", today);
        String where = filter.where(params) + " and r.overdueSince is not null and r.overdueSince <= :today";
        long total = count(where, params);
        List<AccessRequest> rows = select(where + " order by r.overdueSince asc, r.id asc", params, page, size);
        List<OverdueItem> items = rows.stream()
                .map(r -> new OverdueItem(r, ChronoUnit.DAYS.between(r.overdueSince.minusDays(1), today))).toList();
        return new Page<>(items, page, size, total);
    }

    /** Open requests whose next act-by date falls within {@code days} days, the soonest first. */
    @CacheResult(cacheName = "dashboard-due")
    public Page<AccessRequest> dueWithin(DashboardFilter filter, AsOf asOf, int days, int page, int size) {
        LocalDate today = asOf.today();
        Parameters params = new Parameters().and("today", today).and("limit", today.plusDays(days)).and("settled", SETTLED);
        String where = filter.where(params)
                + " and r.stage not in :settled and r.nextActionDate >= :today and r.nextActionDate <= :limit";
        return new Page<>(select(where + " order by r.nextActionDate asc, r.id asc", params, page, size), page, size,
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

    private List<AccessRequest> select(String where, Parameters params, int page, int size) {
        TypedQuery<AccessRequest> q = em.createQuery(
                "select r from AccessRequest r join fetch r.body join fetch r.owner where " + where, AccessRequest.class);
        params.map().forEach(q::setParameter);
        return q.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }
}
