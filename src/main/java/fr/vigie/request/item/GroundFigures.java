package fr.vigie.request.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.vigie.request.procedure.Avis;

/**
 * What the investigation reads of refusals: per ground, how often it was invoked, for which documents, how often
 * the CADA then disagreed and how often its favourable avis was not followed; and the items × outcome matrix.
 * Pure: it folds the rows {@link GroundQueries} reads, so that it is tested against hand-computed figures.
 */
public final class GroundFigures {

    /** Most distinct document labels listed per ground. */
    public static final int MAX_LABELS = 10;

    /** One item as read: its request's body, its own facts and the request's avis facts. */
    public record ItemRow(long requestId, long bodyId, String bodyName, String label, ItemOutcome outcome, ItemOutcome afterAvis,
            Avis itemAvis, Avis requestAvis, boolean requestIgnored, List<LegalGround> grounds) {

        Avis avis() {
            return ItemRules.avisOn(itemAvis, requestAvis, outcome);
        }

        boolean ignored() {
            return ItemRules.favourableIgnored(avis(), outcome, afterAvis, requestIgnored);
        }
    }

    /** One ground's figures: times invoked (items), for which documents (label → times), CADA disagreement, avis ignored. */
    public record GroundFigure(LegalGround ground, long times, Map<String, Long> items, long cadaDisagreed, long favourableIgnored) {
    }

    /** One body's grounds, most invoked first. */
    public record BodyGrounds(long bodyId, String bodyName, long refusedItems, List<GroundFigure> grounds) {
    }

    /** One line of the matrix: a document label and how many items of that label had each outcome, and each ground. */
    public record MatrixRow(String label, Map<ItemOutcome, Long> outcomes, Map<LegalGround, Long> grounds, long total) {
    }

    /** Everything the page and the API show of a set of requests: grounds overall, per body, and the matrix. */
    public record Summary(List<GroundFigure> grounds, List<BodyGrounds> bodies, List<MatrixRow> matrix) {
    }

    private GroundFigures() {
    }

    public static Summary summary(Collection<ItemRow> rows) {
        return new Summary(grounds(rows), perBody(rows), matrix(rows));
    }

    /** The grounds over all these rows, most invoked first (then in the order of the law). */
    public static List<GroundFigure> grounds(Collection<ItemRow> rows) {
        Map<LegalGround, List<ItemRow>> byGround = new EnumMap<>(LegalGround.class);
        rows.forEach(r -> r.grounds().forEach(g -> byGround.computeIfAbsent(g, k -> new ArrayList<>()).add(r)));
        List<GroundFigure> figures = new ArrayList<>();
        byGround.forEach((ground, items) -> {
            Map<String, Long> labels = new TreeMap<>();
            items.forEach(i -> labels.merge(i.label(), 1L, Long::sum));
            figures.add(new GroundFigure(ground, items.size(), firstLabels(labels),
                    items.stream().filter(i -> ItemRules.cadaDisagreed(i.avis())).count(),
                    items.stream().filter(ItemRow::ignored).count()));
        });
        figures.sort((a, b) -> a.times() != b.times() ? Long.compare(b.times(), a.times()) : a.ground().compareTo(b.ground()));
        return figures;
    }

    /** The grounds body by body (bodies with a refused or redacted item only), most refused first then by name. */
    public static List<BodyGrounds> perBody(Collection<ItemRow> rows) {
        Map<Long, List<ItemRow>> byBody = new LinkedHashMap<>();
        rows.forEach(r -> byBody.computeIfAbsent(r.bodyId(), k -> new ArrayList<>()).add(r));
        List<BodyGrounds> bodies = new ArrayList<>();
        byBody.forEach((id, items) -> {
            long refused = items.stream().filter(i -> !i.grounds().isEmpty()).count();
            if (refused > 0) {
                bodies.add(new BodyGrounds(id, items.get(0).bodyName(), refused, grounds(items)));
            }
        });
        bodies.sort((a, b) -> a.refusedItems() != b.refusedItems() ? Long.compare(b.refusedItems(), a.refusedItems())
                : a.bodyName().compareTo(b.bodyName()));
        return bodies;
    }

    /**
     * Items × outcome: one line per document label (as typed, ignoring case and spaces around), counting what each
     * item finally is (after the avis when the body decided again); refused items also count per ground.
     */
    public static List<MatrixRow> matrix(Collection<ItemRow> rows) {
        Map<String, List<ItemRow>> byLabel = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(r -> byLabel.computeIfAbsent(r.label().strip(), k -> new ArrayList<>()).add(r));
        List<MatrixRow> matrix = new ArrayList<>();
        byLabel.forEach((label, items) -> {
            Map<ItemOutcome, Long> outcomes = new EnumMap<>(ItemOutcome.class);
            Map<LegalGround, Long> grounds = new EnumMap<>(LegalGround.class);
            for (ItemRow i : items) {
                ItemOutcome effective = ItemRules.effective(i.outcome(), i.afterAvis());
                outcomes.merge(effective, 1L, Long::sum);
                if (effective == ItemOutcome.REFUSED) {
                    i.grounds().forEach(g -> grounds.merge(g, 1L, Long::sum));
                }
            }
            matrix.add(new MatrixRow(label, outcomes, grounds, items.size()));
        });
        return matrix;
    }

    private static Map<String, Long> firstLabels(Map<String, Long> labels) {
        Map<String, Long> first = new LinkedHashMap<>();
        labels.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(MAX_LABELS)
                .forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }
}
