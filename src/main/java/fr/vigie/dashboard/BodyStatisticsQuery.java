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

import io.quarkus.cache.CacheResult;

import fr.vigie.request.timeline.Avis;
import fr.vigie.request.timeline.Outcome;
import fr.vigie.request.timeline.RequestEventType;

/**
 * Per-body statistics from each sent request's key dates (grouped queries), so that the cost grows with
 * the number of requests, not with the number of events read one by one.
 */
@ApplicationScoped
public class BodyStatisticsQuery {

    /** The deadlines that say when the body had to answer a request. */
    static final List<String> ANSWER_DEADLINES = List.of("IMPLICIT_REFUSAL", "RESPONSE_DUE", "EXTENDED_RESPONSE_DUE");
    private static final List<Outcome> REFUSALS = List.of(Outcome.PARTIAL, Outcome.REFUSED, Outcome.NOT_HELD);
    private static final List<Avis> FAVOURABLE = List.of(Avis.FAVOURABLE, Avis.PARTLY_FAVOURABLE);

    private final EntityManager em;

    public BodyStatisticsQuery(EntityManager em) {
        this.em = em;
    }

    /** One sent request's facts, as the grouped query returns them. */
    private record Row(long bodyId, String bodyName, LocalDate sent, LocalDate firstAnswer, LocalDate answerDue,
            boolean overdue, boolean refused, boolean referred, String avis, boolean favourableIgnored) {
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

    /** A request as the statistics need it: its body, and whether it is late now. */
    private record Head(long bodyId, String bodyName, LocalDate overdueSince, String stage) {
    }

    /**
     * Three grouped reads joined here by request id: the requests, one aggregate row per request's events,
     * and each request's answer deadline. One join of every event with its request and body, grouped by
     * five columns, took 25 s on 1,000,000 events; these take a few seconds together.
     */
    private List<Row> rows(LocalDate today, Long bodyId) {
        Map<Long, Head> heads = new HashMap<>();
        for (Object[] o : forBody(em.createQuery("select r.id, b.id, b.name, r.overdueSince, r.stage from AccessRequest r"
                + " join r.body b" + (bodyId == null ? "" : " where b.id = :bodyId"), Object[].class), bodyId).getResultList()) {
            heads.put((Long) o[0], new Head((Long) o[1], (String) o[2], (LocalDate) o[3], String.valueOf(o[4])));
        }
        Map<Long, LocalDate> answerDue = new HashMap<>();
        for (Object[] o : forBody(em.createQuery("select d.requestId, max(d.dueDate) from RequestDeadline d"
                + " where d.key in :deadlines" + (bodyId == null ? "" : " and d.requestId in (select r.id from AccessRequest r where r.body.id = :bodyId)")
                + " group by d.requestId", Object[].class), bodyId).setParameter("deadlines", ANSWER_DEADLINES).getResultList()) {
            answerDue.put((Long) o[0], (LocalDate) o[1]);
        }
        var query = forBody(em.createQuery("""
                select e.request.id,
                  min(case when e.type = :sent then e.date end),
                  min(case when e.type = :answer then e.date end),
                  max(case when e.type = :answer and e.outcome in :refusals then 1 else 0 end),
                  max(case when e.type = :referral then 1 else 0 end),
                  max(case when e.type = :avisType then cast(e.avis as string) end),
                  max(case when e.type = :avisType and e.avis in :favourable then 1 else 0 end),
                  max(case when e.type = :decision and e.outcome in :refusals then 1 else 0 end)
                from RequestEvent e
                where e.deleted = false %s
                group by e.request.id""".formatted(bodyId == null ? "" : "and e.request.body.id = :bodyId"), Object[].class), bodyId)
                .setParameter("sent", RequestEventType.SENT).setParameter("answer", RequestEventType.ANSWER)
                .setParameter("refusals", REFUSALS).setParameter("referral", RequestEventType.CADA_REFERRAL_SENT)
                .setParameter("avisType", RequestEventType.CADA_AVIS).setParameter("favourable", FAVOURABLE)
                .setParameter("decision", RequestEventType.DECISION_AFTER_AVIS);
        List<Row> rows = new ArrayList<>();
        for (Object[] o : query.getResultList()) {
            Head head = heads.get((Long) o[0]);
            if (head == null || o[1] == null) {
                continue; // never sent: not a request the body had to answer
            }
            rows.add(new Row(head.bodyId(), head.bodyName(), (LocalDate) o[1], (LocalDate) o[2], answerDue.get((Long) o[0]),
                    head.overdueSince() != null && !head.overdueSince().isAfter(today), one(o[3]), one(o[4]), (String) o[5],
                    one(o[6]) && (one(o[7]) || "FINAL_REFUSAL".equals(head.stage()))));
        }
        return rows;
    }

    private static <T> jakarta.persistence.TypedQuery<T> forBody(jakarta.persistence.TypedQuery<T> query, Long bodyId) {
        return bodyId == null ? query : query.setParameter("bodyId", bodyId);
    }

    private static boolean one(Object flag) {
        return flag != null && ((Number) flag).intValue() == 1;
    }

    private static BodyStatistics summariseBody(List<Row> rows) {
        Row first = rows.get(0);
        List<Long> days = rows.stream().filter(r -> r.firstAnswer() != null)
                .map(r -> ChronoUnit.DAYS.between(r.sent(), r.firstAnswer())).sorted().toList();
        long inTime = rows.stream().filter(r -> r.firstAnswer() != null && r.answerDue() != null
                && !r.firstAnswer().isAfter(r.answerDue())).count();
        Map<String, Long> avis = new HashMap<>();
        rows.stream().filter(r -> r.avis() != null).forEach(r -> avis.merge(r.avis(), 1L, Long::sum));
        return new BodyStatistics(first.bodyId(), first.bodyName(), rows.size(), days.size(), inTime, median(days),
                rows.stream().filter(Row::overdue).count(), rows.stream().filter(Row::refused).count(),
                rows.stream().filter(Row::referred).count(), avis, rows.stream().filter(Row::favourableIgnored).count());
    }

    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
