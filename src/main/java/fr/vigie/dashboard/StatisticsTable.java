package fr.vigie.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.CacheResult;

/**
 * The statistics chart and table, rendered once per sort order, language and {@link AsOf}: two thousand
 * rows take Qute far longer than the cached figures behind them.
 */
@ApplicationScoped
public class StatisticsTable {

    static final int CHART_BARS = 15;

    /** One bar of the chart, placed in SVG units: answered in time (%) for one body. */
    public record Bar(String label, int percent, int y, int width) {
        static final int HEIGHT = 22;
        static final int GAP = 6;
        static final int SCALE = 4; // 100 % = 400 units wide
    }

    private final BodyStatisticsQuery query;

    StatisticsTable(BodyStatisticsQuery query) {
        this.query = query;
    }

    /** {@code sort} is one of {@link StatisticsPage#SORTS}. */
    @CacheResult(cacheName = "statistics-html")
    public String render(String sort, Locale locale, AsOf asOf) {
        List<BodyStatistics> all = query.all(asOf);
        List<BodyStatistics> rows = all.stream().sorted(StatisticsPage.SORTS.get(sort).thenComparing(BodyStatistics::bodyName))
                .toList();
        List<BodyStatistics> charted = all.stream().filter(b -> b.answeredInTimePercent() != null).limit(CHART_BARS).toList();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < charted.size(); i++) {
            BodyStatistics b = charted.get(i);
            int percent = b.answeredInTimePercent();
            String label = b.bodyName().length() > 40 ? b.bodyName().substring(0, 39) + "…" : b.bodyName();
            bars.add(new Bar(label, percent, i * (Bar.HEIGHT + Bar.GAP), Math.max(1, percent * Bar.SCALE)));
        }
        return StatisticsPage.Templates.table(rows, sort, bars, Math.max(Bar.HEIGHT, bars.size() * (Bar.HEIGHT + Bar.GAP)))
                .setLocale(locale).render();
    }
}
