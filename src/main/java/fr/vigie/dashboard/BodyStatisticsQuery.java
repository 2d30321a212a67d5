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
 * Per-body statistics from one pass over each sent request's key dates (one grouped query), so that
 * the cost grows with the number of requests, not with the number of events read one by one.
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

    private List<Row> rows(LocalDate today, Long bodyId) {
        var query = em.createQuery("""
                select b.id, b.name,
                  min(case when e.type = :sent then e.date end),
                  min(case when e.type = :answer then e.date end),
                  (select max(d.dueDate) from RequestDeadline d where d.requestId = r.id and d.key in :deadlines),
                  r.overdueSince,
                  max(case when e.type = :answer and e.outcome in :refusals then 1 else 0 end),
                  max(case when e.type = :referral then 1 else 0 end),
                  max(case when e.type = :avisType then cast(e.avis as string) end),
                  max(case when e.type = :avisType and e.avis in :favourable then 1 else 0 end),
                  max(case when e.type = :decision and e.outcome in :refusals then 1 else 0 end),
                  r.stage
                from RequestEvent e join e.request r join r.body b
                where e.deleted = false %s
                group by b.id, b.name, r.id, r.overdueSince, r.stage
                having min(case when e.type = :sent then e.date end) is not null""".formatted(bodyId == null ? "" : "and b.id = :bodyId"),
                Object[].class)
                .setParameter("sent", RequestEventType.SENT).setParameter("answer", RequestEventType.ANSWER)
                .setParameter("deadlines", ANSWER_DEADLINES).setParameter("refusals", REFUSALS)
                .setParameter("referral", RequestEventType.CADA_REFERRAL_SENT).setParameter("avisType", RequestEventType.CADA_AVIS)
                .setParameter("favourable", FAVOURABLE).setParameter("decision", RequestEventType.DECISION_AFTER_AVIS);
        if (bodyId != null) {
            query.setParameter("bodyId", bodyId);
        }
        List<Object[]> raw = query.getResultList();
        return raw.stream().map(o -> new Row((Long) o[0], (String) o[1], (LocalDate) o[2], (LocalDate) o[3],
                (LocalDate) o[4], o[5] != null && !((LocalDate) o[5]).isAfter(today), one(o[6]), one(o[7]), (String) o[8],
                one(o[9]) && (one(o[10]) || "FINAL_REFUSAL".equals(String.valueOf(o[11]))))).toList();
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
