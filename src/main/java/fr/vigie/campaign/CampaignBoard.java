package fr.vigie.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.vigie.request.procedure.NextStep;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.request.procedure.StatisticsFacts;

/**
 * What a campaign's page and API show, read from the state the request writer stored on each request (no event
 * is read): one row per request, the count per stage, the share answered within the legal time and the overdue.
 *
 * @param sent   requests sent at least once (the base of the in-time share, as in the statistics)
 * @param inTime requests whose first answer came on or before the date the body had to answer by
 */
public record CampaignBoard(Campaign campaign, List<Row> rows, Map<RequestStage, Long> stages, long sent, long inTime,
        List<Row> overdue, LocalDate today) {

    /** One request of the campaign, with its body. */
    public record Row(long requestId, long bodyId, String bodyName, String departement, RequestStage stage,
            NextStep nextStep, LocalDate nextActionDate, LocalDate overdueSince, StatisticsFacts facts) {

        /** Late today: a deadline of the body (or the CADA) passed with no answer. */
        public boolean overdueOn(LocalDate day) {
            return overdueSince != null && !overdueSince.isAfter(day);
        }

        public boolean answeredInTime() {
            return facts != null && facts.firstAnswer() != null && facts.answerDue() != null
                    && !facts.firstAnswer().isAfter(facts.answerDue());
        }

        /** The row's stage cells of the matrix, one per stage, the request's own marked: one call per row. */
        public io.quarkus.qute.RawString cells() {
            StringBuilder html = new StringBuilder(RequestStage.values().length * 12);
            for (RequestStage s : RequestStage.values()) {
                html.append(s == stage ? "<td class=\"here\">●</td>" : "<td></td>");
            }
            return new io.quarkus.qute.RawString(html.toString());
        }

        public boolean sent() {
            return facts != null && facts.firstSent() != null;
        }
    }

    static CampaignBoard of(Campaign campaign, List<Row> rows, LocalDate today) {
        Map<RequestStage, Long> stages = new EnumMap<>(RequestStage.class);
        for (RequestStage s : RequestStage.values()) {
            stages.put(s, 0L);
        }
        rows.forEach(r -> stages.merge(r.stage(), 1L, Long::sum));
        List<Row> overdue = rows.stream().filter(r -> r.overdueOn(today))
                .sorted(Comparator.comparing(Row::overdueSince).thenComparing(Row::bodyName)).toList();
        return new CampaignBoard(campaign, rows, stages, rows.stream().filter(Row::sent).count(),
                rows.stream().filter(Row::answeredInTime).count(), overdue, today);
    }

    /** Share of the sent requests answered within the legal time, in percent; null before any was sent. */
    public Double answeredInTimeShare() {
        return sent == 0 ? null : Math.round(1000.0 * inTime / sent) / 10.0;
    }

    public int requestCount() {
        return rows.size();
    }

    /** The stages shown as the matrix's columns, in the procedure's order. */
    public List<RequestStage> columns() {
        return List.of(RequestStage.values());
    }

    public long count(RequestStage stage) {
        return stages.getOrDefault(stage, 0L);
    }
}
