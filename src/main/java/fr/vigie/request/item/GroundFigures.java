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
 * Pure: it folds the groups {@link GroundQueries} reads (items alike counted together, so that 800,000 items
 * arrive as a few thousand rows), and is tested against hand-computed figures.
 */
public final class GroundFigures {

    /** Most distinct document labels listed per ground. */
    public static final int MAX_LABELS = 10;

    /** What the figures need of an item: its request's body, its own facts and the request's avis facts. */
    public record ItemFacts(long bodyId, String bodyName, String label, ItemOutcome outcome, ItemOutcome afterAvis,
            Avis itemAvis, Avis requestAvis, boolean requestIgnored) {

        Avis avis() {
            return ItemRules.avisOn(itemAvis, requestAvis, outcome);
        }

        boolean ignored() {
            return ItemRules.favourableIgnored(avis(), outcome, afterAvis, requestIgnored);
        }
    }

    /** {@code count} items with these facts; {@code withGround}: they carry at least one ground (refused or redacted). */
    public record ItemGroup(ItemFacts facts, boolean withGround, long count) {
    }

    /** {@code count} items with these facts that invoke this ground (an item with two grounds is in two groups). */
    public record GroundGroup(ItemFacts facts, LegalGround ground, long count) {
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

    public static Summary summary(Collection<ItemGroup> items, Collection<GroundGroup> grounds) {
        return new Summary(grounds(grounds), perBody(items, grounds), matrix(items, grounds));
    }

    /** The grounds over all these groups, most invoked first (then in the order of the law). */
    public static List<GroundFigure> grounds(Collection<GroundGroup> groups) {
        Map<LegalGround, List<GroundGroup>> byGround = new EnumMap<>(LegalGround.class);
        groups.forEach(g -> byGround.computeIfAbsent(g.ground(), k -> new ArrayList<>()).add(g));
        List<GroundFigure> figures = new ArrayList<>();
        byGround.forEach((ground, list) -> {
            Map<String, Long> labels = new TreeMap<>();
            long times = 0;
            long disagreed = 0;
            long ignored = 0;
            for (GroundGroup g : list) {
                labels.merge(g.facts().label(), g.count(), Long::sum);
                times += g.count();
                disagreed += ItemRules.cadaDisagreed(g.facts().avis()) ? g.count() : 0;
                ignored += g.facts().ignored() ? g.count() : 0;
            }
            figures.add(new GroundFigure(ground, times, firstLabels(labels), disagreed, ignored));
        });
        figures.sort((a, b) -> a.times() != b.times() ? Long.compare(b.times(), a.times()) : a.ground().compareTo(b.ground()));
        return figures;
    }

    /** The grounds body by body (bodies with a refused or redacted item only), most refused first then by name. */
    public static List<BodyGrounds> perBody(Collection<ItemGroup> items, Collection<GroundGroup> grounds) {
        Map<Long, Long> refused = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ItemGroup i : items) {
            if (i.withGround()) {
                refused.merge(i.facts().bodyId(), i.count(), Long::sum);
                names.put(i.facts().bodyId(), i.facts().bodyName());
            }
        }
        Map<Long, List<GroundGroup>> byBody = new LinkedHashMap<>();
        grounds.forEach(g -> byBody.computeIfAbsent(g.facts().bodyId(), k -> new ArrayList<>()).add(g));
        List<BodyGrounds> bodies = new ArrayList<>();
        refused.forEach((id, count) -> bodies.add(new BodyGrounds(id, names.get(id), count, grounds(byBody.getOrDefault(id, List.of())))));
        bodies.sort((a, b) -> a.refusedItems() != b.refusedItems() ? Long.compare(b.refusedItems(), a.refusedItems())
                : a.bodyName().compareTo(b.bodyName()));
        return bodies;
    }

    /**
     * Items × outcome: one line per document label (as typed, ignoring case and spaces around), counting what each
     * item finally is (after the avis when the body decided again); refused items also count per ground.
     */
    public static List<MatrixRow> matrix(Collection<ItemGroup> items, Collection<GroundGroup> grounds) {
        Map<String, Map<ItemOutcome, Long>> outcomes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Map<LegalGround, Long>> refusedOn = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Long> totals = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ItemGroup i : items) {
            String label = i.facts().label().strip();
            ItemOutcome effective = ItemRules.effective(i.facts().outcome(), i.facts().afterAvis());
            outcomes.computeIfAbsent(label, k -> new EnumMap<>(ItemOutcome.class)).merge(effective, i.count(), Long::sum);
            totals.merge(label, i.count(), Long::sum);
        }
        for (GroundGroup g : grounds) {
            if (ItemRules.effective(g.facts().outcome(), g.facts().afterAvis()) == ItemOutcome.REFUSED) {
                refusedOn.computeIfAbsent(g.facts().label().strip(), k -> new EnumMap<>(LegalGround.class))
                        .merge(g.ground(), g.count(), Long::sum);
            }
        }
        List<MatrixRow> matrix = new ArrayList<>();
        // the first spelling met names the line, as the label map keeps it
        outcomes.forEach((label, counts) -> matrix.add(new MatrixRow(label, counts,
                refusedOn.getOrDefault(label, new EnumMap<>(LegalGround.class)), totals.get(label))));
        return matrix;
    }

    private static Map<String, Long> firstLabels(Map<String, Long> labels) {
        Map<String, Long> first = new LinkedHashMap<>();
        labels.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(MAX_LABELS)
                .forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }
}
