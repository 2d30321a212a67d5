package fr.vigie.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.cache.CacheResult;

import fr.vigie.request.procedure.StatisticsFacts;

/**
 * Per-body statistics from the facts stored on each sent request with its state ({@link StatisticsFacts}):
 * one read of the requests and no event, so that the first view after a write stays cheap (grouped reads of
 * 1,000,000 events took seconds).
 */
@ApplicationScoped
public class BodyStatisticsQuery {

    private final EntityManager em;

    public BodyStatisticsQuery(EntityManager em) {
        this.em = em;
    }

    /** One sent request: its body, whether it is late now, and its stored facts. */
    private record Row(long bodyId, String bodyName, boolean overdue, StatisticsFacts facts) {
    }

    @CacheResult(cacheName = "statistics")
    public List<BodyStatistics> all(AsOf asOf) {
        return summarise(rows(asOf.today(), null));
    }

    /** One body's figures; null when no request was ever sent to it. */
    @CacheResult(cacheName = "statistics-body")
    public BodyStatistics forBody(long bodyId, AsOf asOf) {
        return summarise(rows(asOf.today(), bodyId)).stream().findFirst().orElse(null);
    }

    private static List<BodyStatistics> summarise(List<Row> rows) {
        Map<Long, List<Row>> byBody = new HashMap<>();
        for (Row row : rows) {
            byBody.computeIfAbsent(row.bodyId(), k -> new ArrayList<>()).add(row);
        }
        return byBody.values().stream().map(BodyStatisticsQuery::summariseBody)
                .sorted(Comparator.comparingLong(BodyStatistics::sent).reversed().thenComparing(BodyStatistics::bodyName))
                .toList();
    }

    /**
     * The requests ever sent (to one body, or to any); a request never sent is not one a body had to answer.
     * The request table is read alone and the body names apart: joined to the bodies, H2 walked the requests
     * body by body through an index, six times the page reads of one pass over the table.
     */
    private List<Row> rows(LocalDate today, Long bodyId) {
        TypedQuery<Object[]> query = em.createQuery("select r.body.id, r.state.overdueSince, r.state.statistics from AccessRequest r"
                + " where r.state.statistics.firstSent is not null" + (bodyId == null ? "" : " and r.body.id = :bodyId"), Object[].class);
        TypedQuery<Object[]> names = em.createQuery("select b.id, b.name from PublicBody b"
                + (bodyId == null ? "" : " where b.id = :bodyId"), Object[].class);
        if (bodyId != null) {
            query.setParameter("bodyId", bodyId);
            names.setParameter("bodyId", bodyId);
        }
        Map<Long, String> nameOf = new HashMap<>();
        names.getResultList().forEach(o -> nameOf.put((Long) o[0], (String) o[1]));
        List<Row> rows = new ArrayList<>();
        for (Object[] o : query.getResultList()) {
            LocalDate overdueSince = (LocalDate) o[1];
            rows.add(new Row((Long) o[0], nameOf.get((Long) o[0]), overdueSince != null && !overdueSince.isAfter(today),
                    (StatisticsFacts) o[2]));
        }
        return rows;
    }

    private static BodyStatistics summariseBody(List<Row> rows) {
        Row first = rows.get(0);
        List<StatisticsFacts> facts = rows.stream().map(Row::facts).toList();
        List<Long> days = facts.stream().filter(f -> f.firstAnswer() != null)
                .map(f -> ChronoUnit.DAYS.between(f.firstSent(), f.firstAnswer())).sorted().toList();
        long inTime = facts.stream().filter(f -> f.firstAnswer() != null && f.answerDue() != null
                && !f.firstAnswer().isAfter(f.answerDue())).count();
        Map<String, Long> avis = new HashMap<>();
        facts.stream().filter(f -> f.avis() != null).forEach(f -> avis.merge(f.avis().name(), 1L, Long::sum));
        return new BodyStatistics(first.bodyId(), first.bodyName(), rows.size(), days.size(), inTime, median(days),
                rows.stream().filter(Row::overdue).count(), facts.stream().filter(StatisticsFacts::refused).count(),
                facts.stream().filter(StatisticsFacts::cadaReferred).count(), avis,
                facts.stream().filter(StatisticsFacts::favourableIgnored).count());
    }

    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
