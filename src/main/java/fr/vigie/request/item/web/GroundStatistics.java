package fr.vigie.request.item.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.vigie.request.item.GroundFigures;
import fr.vigie.request.item.GroundQueries;
import fr.vigie.request.item.ItemOutcome;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Page;

/** The figures of grounds as JSON records, and the reading of their filter (shared by the page, the CSV and the API). */
public final class GroundStatistics {

    private GroundStatistics() {
    }

    public record FigureJson(String ground, String article, String label, long times, Map<String, Long> items,
            long cadaDisagreed, long favourableIgnored) {
        static FigureJson of(GroundFigures.GroundFigure f, Locale locale) {
            return new FigureJson(f.ground().name(), f.ground().article(), f.ground().label().in(locale), f.times(), f.items(),
                    f.cadaDisagreed(), f.favourableIgnored());
        }

        static List<FigureJson> of(List<GroundFigures.GroundFigure> figures, Locale locale) {
            return figures.stream().map(f -> of(f, locale)).toList();
        }
    }

    public record BodyJson(long bodyId, String bodyName, long refusedItems, List<FigureJson> grounds) {
    }

    public record MatrixJson(String label, Map<String, Long> outcomes, Map<String, Long> grounds, long total) {
        static MatrixJson of(GroundFigures.MatrixRow row) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (ItemOutcome o : ItemOutcome.values()) {
                outcomes.put(o.name(), row.outcomes().getOrDefault(o, 0L));
            }
            Map<String, Long> grounds = new LinkedHashMap<>();
            row.grounds().forEach((g, n) -> grounds.put(g.name(), n));
            return new MatrixJson(row.label(), outcomes, grounds, row.total());
        }
    }

    /** Overall grounds, the bodies (a page of them), and the items × outcome matrix of the same requests. */
    public record GroundsJson(List<FigureJson> grounds, Page<BodyJson> bodies, List<MatrixJson> matrix) {
    }

    /** The filter of the query string, or field errors naming bodyId, tag or campaignId. */
    static GroundQueries.Filter filter(FieldChecks checks, String bodyId, String tag, String campaignId) {
        Long body = bodyId == null || bodyId.isBlank() ? null : checks.positive("bodyId", bodyId, 1, Long.MAX_VALUE);
        Long campaign = campaignId == null || campaignId.isBlank() ? null
                : checks.positive("campaignId", campaignId, 1, Long.MAX_VALUE);
        String cleanTag = checks.line("tag", tag, false, 40);
        return new GroundQueries.Filter(body, cleanTag == null ? null : cleanTag.toLowerCase(Locale.ROOT), campaign);
    }

    static GroundsJson of(GroundFigures.Summary summary, int page, int size, Locale locale) {
        List<GroundFigures.BodyGrounds> bodies = summary.bodies();
        int from = Math.min(bodies.size(), (page - 1) * size);
        List<BodyJson> shown = bodies.subList(from, Math.min(bodies.size(), from + size)).stream()
                .map(b -> new BodyJson(b.bodyId(), b.bodyName(), b.refusedItems(), FigureJson.of(b.grounds(), locale))).toList();
        return new GroundsJson(FigureJson.of(summary.grounds(), locale), new Page<>(shown, page, size, bodies.size()),
                summary.matrix().stream().map(MatrixJson::of).toList());
    }
}
