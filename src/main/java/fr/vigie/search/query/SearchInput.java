package fr.vigie.search.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.publicbody.Departements;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.search.SearchMsg;
import fr.vigie.search.source.EntryType;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Msg;

/**
 * A search as asked, checked: the words, the filters, the order and the page. Every refusal names its field.
 * {@code q} may be empty only on the page (which then shows the form); the words themselves are checked by
 * {@link QueryWords}.
 */
public record SearchInput(String q, EntryType type, Long bodyId, BodyKind bodyKind, String departement, Regime regime,
        RequestStage stage, String tag, String owner, LocalDate from, LocalDate to, Sort sort, int page, int size) {

    public static final int MAX_QUERY = 500;
    /** Deep pages cost as much as all the pages before them: no further than this many results. */
    public static final int MAX_RESULTS = 10_000;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public enum Sort { RELEVANCE, DATE }

    /** The raw parameters, as the page and the API receive them. */
    public record Raw(String q, String type, String bodyId, String bodyKind, String departement, String regime,
            String stage, String tag, String owner, String from, String to, String sort, String page, String size) {
    }

    public static SearchInput parse(Msg msg, SearchMsg smsg, Raw raw, boolean queryRequired) {
        FieldChecks checks = new FieldChecks(msg);
        String q = checks.line("q", raw.q(), queryRequired, MAX_QUERY);
        EntryType type = checks.oneOf("type", raw.type(), EntryType.class, false);
        long body = checks.positive("bodyId", raw.bodyId(), 0, Long.MAX_VALUE);
        BodyKind kind = checks.oneOf("bodyKind", raw.bodyKind(), BodyKind.class, false);
        String departement = null;
        if (raw.departement() != null && !raw.departement().isBlank()) {
            departement = Departements.canonical(raw.departement().strip());
            if (departement == null) {
                checks.add("departement", msg.v_departement());
            }
        }
        Regime regime = checks.oneOf("regime", raw.regime(), Regime.class, false);
        RequestStage stage = checks.oneOf("stage", raw.stage(), RequestStage.class, false);
        String tag = checks.line("tag", raw.tag(), false, 40);
        String owner = checks.line("owner", raw.owner(), false, 64);
        LocalDate from = date(checks, smsg, "from", raw.from());
        LocalDate to = date(checks, smsg, "to", raw.to());
        if (from != null && to != null && from.isAfter(to)) {
            checks.add("from", smsg.v_date_order());
        }
        Sort sort = checks.oneOf("sort", raw.sort(), Sort.class, false);
        long page = checks.positive("page", raw.page(), 1, MAX_RESULTS);
        long size = checks.positive("size", raw.size(), DEFAULT_SIZE, MAX_SIZE);
        if (!checks.hasErrors() && page * size > MAX_RESULTS) {
            checks.add("page", smsg.v_too_deep(MAX_RESULTS));
        }
        if (q != null && !checks.hasErrors()) {
            QueryWords.check(q).ifPresent(problem -> checks.add("q", problem.message(smsg)));
        }
        checks.throwIfAny();
        return new SearchInput(q, type, body == 0 ? null : body, kind, departement, regime, stage,
                tag == null ? null : tag.toLowerCase(Locale.ROOT), owner, from, to, sort == null ? Sort.RELEVANCE : sort,
                (int) page, (int) size);
    }

    private static LocalDate date(FieldChecks checks, SearchMsg smsg, String field, String value) {
        String text = checks.line(field, value, false, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            checks.add(field, smsg.v_date());
            return null;
        }
    }

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
