package fr.vigie.request.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Regime;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Msg;
import fr.vigie.web.Page;
import fr.vigie.web.Texts;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

/** A filtered, sorted, paged list of requests, on the stored (indexed) derived columns. */
public record RequestSearch(String q, RequestStage stage, Long bodyId, Regime regime, String owner, String tag,
        Sort sort, int page, int size) {

    public enum Sort {
        /** Soonest act-by date first: what to deal with now. */
        NEXT_ACTION("state.nextActionDate asc nulls last, id desc"),
        NEWEST("createdAt desc, id desc"),
        TITLE("title asc, id asc");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    public static RequestSearch parse(Msg msg, String q, String stage, String bodyId, String regime, String owner,
            String tag, String sort, String page, String size) {
        FieldChecks checks = new FieldChecks(msg);
        String text = checks.line("q", q, false, 200);
        RequestStage s = checks.oneOf("stage", stage, RequestStage.class, false);
        long body = checks.positive("bodyId", bodyId, 0, Long.MAX_VALUE);
        Regime r = checks.oneOf("regime", regime, Regime.class, false);
        String who = checks.line("owner", owner, false, 64);
        String t = checks.line("tag", tag, false, 40);
        Sort order = sort == null || sort.isBlank() ? Sort.NEXT_ACTION : checks.oneOf("sort", sort, Sort.class, true);
        long p = checks.positive("page", page, 1, 100_000);
        long n = checks.positive("size", size, Page.DEFAULT_SIZE, Page.MAX_SIZE);
        checks.throwIfAny();
        return new RequestSearch(text, s, body == 0 ? null : body, r, who, t == null ? null : t.toLowerCase(Locale.ROOT),
                order == null ? Sort.NEXT_ACTION : order, (int) p, (int) n);
    }

    /** The query string of this search for another page, for pagination links. */
    public String queryFor(int otherPage) {
        StringBuilder sb = new StringBuilder("?page=").append(otherPage).append("&sort=").append(sort.name());
        append(sb, "q", q);
        append(sb, "stage", stage == null ? null : stage.name());
        append(sb, "bodyId", bodyId == null ? null : bodyId.toString());
        append(sb, "regime", regime == null ? null : regime.name());
        append(sb, "owner", owner);
        append(sb, "tag", tag);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public Page<AccessRequest> run() {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        List<String> words = Texts.words(q, 8);
        for (int i = 0; i < words.size(); i++) {
            where.add("lower(title) like :w" + i);
            params.and("w" + i, Texts.containsPattern(words.get(i)));
        }
        if (stage != null) {
            where.add("state.stage = :stage");
            params.and("stage", stage);
        }
        if (bodyId != null) {
            where.add("body.id = :body");
            params.and("body", bodyId);
        }
        if (regime != null) {
            where.add("regime = :regime");
            params.and("regime", regime);
        }
        if (owner != null) {
            where.add("owner.username = :owner");
            params.and("owner", owner);
        }
        if (tag != null) {
            where.add("tags like :tag escape '!'");
            params.and("tag", Texts.tagPattern(tag));
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by " + sort.orderBy;
        PanacheQuery<AccessRequest> found = AccessRequest.find(query, params);
        long total = found.count();
        List<AccessRequest> items = found.page(io.quarkus.panache.common.Page.of(page - 1, size)).list();
        items.forEach(r -> r.body.name.length());
        return new Page<>(items, page, size, total);
    }
}
