package fr.vigie.search.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.search.source.EntryType;

/**
 * A search as asked, checked (by the web layer, which names the field of each refusal; the words by
 * {@link QueryWords}): the words, the filters, the order and the page. {@code q} is null for filters alone.
 */
public record SearchInput(String q, EntryType type, Long bodyId, BodyKind bodyKind, String departement, Regime regime,
        RequestStage stage, String tag, String owner, Long campaignId, LocalDate from, LocalDate to, Sort sort, int page,
        int size) {

    public static final int MAX_QUERY = 500;
    /** Deep pages cost as much as all the pages before them: no further than this many results. */
    public static final int MAX_RESULTS = 10_000;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public enum Sort { RELEVANCE, DATE }

    /** The query string of this search at another page, for the pager's links. */
    public String queryFor(int otherPage) {
        StringBuilder sb = new StringBuilder("?page=").append(otherPage).append("&sort=").append(sort.name());
        append(sb, "q", q);
        append(sb, "type", type == null ? null : type.name());
        append(sb, "bodyId", bodyId == null ? null : bodyId.toString());
        append(sb, "bodyKind", bodyKind == null ? null : bodyKind.name());
        append(sb, "departement", departement);
        append(sb, "regime", regime == null ? null : regime.name());
        append(sb, "stage", stage == null ? null : stage.name());
        append(sb, "tag", tag);
        append(sb, "owner", owner);
        append(sb, "campaignId", campaignId == null ? null : campaignId.toString());
        append(sb, "from", from == null ? null : from.toString());
        append(sb, "to", to == null ? null : to.toString());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
