package fr.vigie.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** How each body answers: a table sortable by any column (links, no script) and a chart drawn on the server. */
@Path("/statistics")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StatisticsPage {

    /** Columns the table sorts by, biggest first (smallest first for the median delay). */
    static final Map<String, Comparator<BodyStatistics>> SORTS = Map.of(
            "sent", Comparator.comparingLong(BodyStatistics::sent).reversed(),
            "inTime", Comparator.comparing(BodyStatistics::answeredInTimePercent, Comparator.nullsLast(Comparator.reverseOrder())),
            "median", Comparator.comparing(BodyStatistics::medianDaysToAnswer, Comparator.nullsLast(Comparator.naturalOrder())),
            "overdue", Comparator.comparingLong(BodyStatistics::overdueNow).reversed(),
            "refusals", Comparator.comparingLong(BodyStatistics::refusals).reversed(),
            "cada", Comparator.comparingLong(BodyStatistics::cadaReferrals).reversed(),
            "ignored", Comparator.comparingLong(BodyStatistics::favourableIgnored).reversed());
    static final int CHART_BARS = 15;

    /** One bar of the chart, placed in SVG units: answered in time (%) for one body. */
    public record Bar(String label, int percent, int y, int width) {
        static final int HEIGHT = 22;
        static final int GAP = 6;
        static final int SCALE = 4; // 100 % = 400 units wide
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(List<BodyStatistics> rows, String sort, List<Bar> bars, int chartHeight);
    }

    @Inject
    BodyStatisticsQuery query;

    @Inject
    AsOf.Source asOf;

    @GET
    @Transactional
    public TemplateInstance statistics(@QueryParam("sort") String sort) {
        String by = sort != null && SORTS.containsKey(sort) ? sort : "sent";
        List<BodyStatistics> all = query.all(asOf.now());
        List<BodyStatistics> rows = all.stream().sorted(SORTS.get(by).thenComparing(BodyStatistics::bodyName)).toList();
        List<BodyStatistics> charted = all.stream().filter(b -> b.answeredInTimePercent() != null).limit(CHART_BARS).toList();
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < charted.size(); i++) {
            BodyStatistics b = charted.get(i);
            int percent = b.answeredInTimePercent();
            String label = b.bodyName().length() > 40 ? b.bodyName().substring(0, 39) + "…" : b.bodyName();
            bars.add(new Bar(label, percent, i * (Bar.HEIGHT + Bar.GAP), Math.max(1, percent * Bar.SCALE)));
        }
        return Templates.statistics(rows, by, bars, Math.max(Bar.HEIGHT, bars.size() * (Bar.HEIGHT + Bar.GAP)));
    }
}
