package fr.vigie.publicbody;

import java.util.ArrayList;
import java.util.List;

import fr.vigie.web.FieldChecks;
import fr.vigie.web.Msg;
import fr.vigie.web.Page;
import fr.vigie.web.Texts;
import io.quarkus.panache.common.Parameters;

/** A directory query: text (accents and case ignored), kind, département, and the page wanted. */
public record BodySearch(String q, BodyKind kind, String departement, int page, int size) {

    /** Reads the query parameters, refusing bad ones with the parameter named. */
    public static BodySearch parse(Msg msg, String q, String kind, String departement, String page, String size) {
        FieldChecks checks = new FieldChecks(msg);
        String text = checks.line("q", q, false, 200);
        BodyKind k = checks.oneOf("kind", kind, BodyKind.class, false);
        String dep = null;
        if (departement != null && !departement.isBlank()) {
            dep = Departements.canonical(departement);
            if (dep == null) {
                checks.add("departement", msg.v_departement());
            }
        }
        long p = checks.positive("page", page, 1, 100_000);
        long s = checks.positive("size", size, Page.DEFAULT_SIZE, Page.MAX_SIZE);
        checks.throwIfAny();
        return new BodySearch(text, k, dep, (int) p, (int) s);
    }

    Page<PublicBody> run() {
        var found = query();
        long total = found.count();
        List<PublicBody> items = found.page(io.quarkus.panache.common.Page.of(page - 1, size)).list();
        return new Page<>(items, page, size, total);
    }

    List<PublicBody> all() {
        return query().list();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<PublicBody> query() {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        List<String> words = Texts.words(q, 8);
        for (int i = 0; i < words.size(); i++) {
            where.add("searchText like :w" + i);
            params.and("w" + i, Texts.containsPattern(words.get(i)));
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (departement != null) {
            where.add("departement = :dep");
            params.and("dep", departement);
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by name, id";
        return PublicBody.find(query, params);
    }

    /** The query string of this search for another page, for pagination links. */
    public String queryFor(int otherPage) {
        StringBuilder sb = new StringBuilder("?page=").append(otherPage);
        if (q != null) {
            sb.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (kind != null) {
            sb.append("&kind=").append(kind.name());
        }
        if (departement != null) {
            sb.append("&departement=").append(departement);
        }
        return sb.toString();
    }
}
