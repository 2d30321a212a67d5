package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.web.RouteCatalog.Role;
import fr.vigie.web.RawHttp.Answer;

/**
 * What every answer to hostile input must be: a status from the expected set (never 5xx), API errors as
 * application/problem+json naming the field, pages that never carry a markup payload unescaped (nor the
 * page a successful write leads to). Collects every breach of one batch, then fails with all of them.
 */
final class HostileChecks {

    /** Data formats that are never rendered as markup: a payload in them is data, not a reflection. */
    private static final List<String> DATA_TYPES = List.of("application/json", Problem.MEDIA_TYPE, "text/csv",
            "text/calendar", "application/pdf", "application/octet-stream");
    private static final Pattern API_RECORD = Pattern.compile("^/api/v1/(bodies|requests)/(\\d+).*");

    /** Every answer of the run, kept as test output (target/hostile-answers.txt) for review. */
    static final List<String> ANSWERS = java.util.Collections.synchronizedList(new ArrayList<>());

    private final List<String> failures = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    /**
     * Checks one answer. {@code field} is the field that carried the hostile value (null for a whole-body
     * case); {@code value} the value, to look for it in the page when it is markup.
     */
    void check(RouteClient.Call call, String what, String field, Object value, Answer r, Set<Integer> statuses) {
        int status = r.status();
        String type = String.valueOf(r.contentType());
        String label = call.route + " as " + call.role + " · " + what + " → " + status + " " + type;
        seen.add(label);
        if (!statuses.contains(status)) {
            failures.add(label + ": expected one of " + statuses + "; " + excerpt(r));
        }
        boolean httpLayer = (status == 413 || status == 414) && r.body().isEmpty();
        if (call.route.api() && status >= 400 && !httpLayer && !type.startsWith(Problem.MEDIA_TYPE)) {
            failures.add(label + ": an API error that is not " + Problem.MEDIA_TYPE);
        }
        if (field != null && (status == 400 || status == 422) && !namesField(call.route, r, field)) {
            failures.add(label + ": the error does not name the field " + field + "; " + excerpt(r));
        }
        reflected(label, r);
        if (status < 400 && call.route.writes() && isMarkup(value)) {
            followUp(call, label, r);
        }
    }

    /** Fails when a markup payload comes back unescaped in anything a browser could render. */
    void reflected(String label, Answer r) {
        String type = String.valueOf(r.contentType());
        if (DATA_TYPES.stream().anyMatch(type::startsWith)) {
            return;
        }
        String body = r.body();
        for (String markup : HostileCorpus.MARKUP) {
            if (body.contains(markup)) {
                failures.add(label + ": markup reflected unescaped: " + markup);
            }
        }
    }

    /** The page that shows what a successful write stored, as an administrator sees it. */
    private void followUp(RouteClient.Call call, String label, Answer r) {
        String location = r.location();
        String target = location == null ? call.path : location.replaceFirst("^https?://[^/]+", "");
        Matcher api = API_RECORD.matcher(target);
        if (api.matches()) {
            target = "/" + api.group(1) + "/" + api.group(2);
        } else if (target.startsWith("/api/")) {
            return;
        }
        target = target.replaceFirst("#.*", "");
        Answer page = RouteClient.page(Role.ADMIN, target);
        if (page.status() >= 500) {
            failures.add(label + ": then GET " + target + " → " + page.status());
        }
        reflected(label + ", then GET " + target, page);
    }

    /**
     * Whether the error names the field, or a field that must agree with it (same valid value: a password
     * and its confirmation), or, for a whole file, lists the file's errors.
     */
    private static boolean namesField(RouteCatalog.Route route, Answer r, String field) {
        Object valid = route.fields().get(field);
        List<String> names = route.fields().entrySet().stream()
                .filter(e -> e.getKey().equals(field) || valid != null && valid.equals(e.getValue())).map(e -> e.getKey()).toList();
        if (route.api()) {
            List<String> fields = new ArrayList<>();
            r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields.stream().anyMatch(f -> names.stream()
                    .anyMatch(n -> f.equals(n) || f.startsWith(n + ".") || f.startsWith(n + "[")));
        }
        String page = r.body();
        boolean wholeFile = valid instanceof RouteCatalog.FilePart || String.valueOf(valid).startsWith(RouteCatalog.CSV_HEADER);
        return wholeFile && page.contains("class=\"error-summary\"") || names.stream().anyMatch(n -> page.contains("href=\"#f-" + n + "\"")
                || page.contains("id=\"f-" + n + "-error\"") || page.contains("<strong>" + n + "</strong>"));
    }

    private static boolean isMarkup(Object value) {
        String text = value instanceof RouteCatalog.FilePart file ? file.fileName() : String.valueOf(value);
        return text.contains("<");
    }

    private static String excerpt(Answer r) {
        String body = r.body();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    static void writeAnswers() throws java.io.IOException {
        java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-answers.txt"), ANSWERS);
    }

    void assertNone() {
        ANSWERS.addAll(seen);
        assertThat(failures).as(failures.size() + " of " + seen.size() + " answers broke the rules").isEmpty();
    }
}
