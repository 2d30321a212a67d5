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

import fr.vigie.web.CurrentLocale;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(String content);

        /** The chart and the table: see {@link StatisticsTable}. */
        static native TemplateInstance table(List<BodyStatistics> rows, String sort, List<StatisticsTable.Bar> bars,
                int chartHeight);
    }

    @Inject
    StatisticsTable table;

    @Inject
    CurrentLocale locale;

    @Inject
    AsOf.Source asOf;

    @GET
    @Transactional
    public TemplateInstance statistics(@QueryParam("sort") String sort) {
        String by = sort != null && SORTS.containsKey(sort) ? sort : "sent";
        return Templates.statistics(table.render(by, locale.get(), asOf.now()));
    }
}
