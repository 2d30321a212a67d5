package fr.vigie.request.item.web;

import java.util.List;
import java.util.Locale;

import fr.vigie.request.item.LegalGround;
import fr.vigie.request.item.RequestItem;

/**
 * An item as the API shows it (never the entity). {@code ground} is the first ground (in the order of the law),
 * {@code grounds} all of them, {@code citations} each with its article and label in the reader's language;
 * {@code effective} is what the item finally is (the decision after the avis when there is one).
 */
public record ItemJson(long id, int position, String label, String description, String outcome, String ground,
        List<String> grounds, List<String> citations, Long eventId, List<Long> documentIds, String note, String avis,
        String afterAvis, String effective) {

    public static ItemJson of(RequestItem item, Locale locale) {
        List<LegalGround> grounds = item.groundList();
        return new ItemJson(item.id, item.position, item.label, item.description, item.outcome.name(),
                grounds.isEmpty() ? null : grounds.get(0).name(), grounds.stream().map(Enum::name).toList(),
                grounds.stream().map(g -> g.cited(locale)).toList(), item.eventId,
                item.documentIds.stream().sorted().toList(), item.note, item.avis == null ? null : item.avis.name(),
                item.afterAvis == null ? null : item.afterAvis.name(), item.effective().name());
    }

    public static List<ItemJson> of(List<RequestItem> items, Locale locale) {
        return items.stream().map(i -> of(i, locale)).toList();
    }

    /** A legal ground of the table, for clients that offer the choice. */
    public record GroundJson(String code, String regime, String article, String label) {
        static GroundJson of(LegalGround g, Locale locale) {
            return new GroundJson(g.name(), g.regime().name(), g.article(), g.label().in(locale));
        }
    }
}
