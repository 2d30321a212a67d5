package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import org.xml.sax.InputSource;

import fr.vigie.testing.TestAccounts;
import fr.vigie.web.RawHttp.Answer;
import fr.vigie.web.RouteCatalog.FilePart;
import fr.vigie.web.RouteCatalog.Input;
import fr.vigie.web.RouteCatalog.Role;
import fr.vigie.web.RouteCatalog.Route;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole application against hostile input, route by route from {@link RouteCatalog}: every value of
 * {@link HostileCorpus} in every field and parameter, hostile path segments, bodies that are malformed,
 * not UTF-8, nested too deep, too large or of the wrong type; the same as callers without permission,
 * who must change nothing. Never a 5xx, API errors as problem+json naming the field, no markup reflected.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputSuiteTest {

    /** 202: accepted for later (an e-mail queued in the outbox). */
    static final Set<Integer> SUCCESS = Set.of(200, 201, 202, 204, 302, 303);
    /**
     * A permitted caller, one hostile field: done, or refused naming the field (409: a forged version can only
     * be stale; 413: a form field over 4 MB; 414: a URL over 4 KB). Never 404: the route exists.
     */
    static final Set<Integer> FIELD = union(SUCCESS, Set.of(400, 409, 413, 414, 422));
    /** Routes that check a password: their failures are throttled, and must be forgiven as we go. */
    static final String LOGIN = "POST /j_security_check";
    static final Set<String> LOGINS = Set.of(LOGIN, "POST /api/v1/auth/tokens");

    @Order(1)
    @TestFactory
    Stream<DynamicTest> everyHostileValueInEveryField() {
        return RouteCatalog.ROUTES.stream().flatMap(route -> route.fields().keySet().stream()
                .map(field -> dynamicTest(route + " · " + field, () -> fieldCases(route, field))));
    }

    private static void fieldCases(Route route, String field) {
        Object valid = route.fields().get(field);
        List<Object> values = new ArrayList<>();
        for (String text : HostileCorpus.STRINGS) {
            values.add(valid instanceof FilePart file ? new FilePart(text, file.content(), file.contentType()) : text);
        }
        if (route.input() == Input.JSON) {
            values.addAll(HostileCorpus.JSON_TYPES);
        }
        Set<Integer> statuses = statuses(route);
        HostileChecks checks = new HostileChecks();
        for (Object value : values) {
            RouteClient.Call call = RouteClient.call(route, Role.least(route.need())).with(field, value);
            checks.check(call, field + "=" + HostileCorpus.label(value), field, value, call.send(), statuses);
            if (LOGINS.contains(route.key())) {
                RouteFixtures.forgiveFailedLogins();
            }
        }
        checks.assertNone();
    }

    /** What a permitted caller may get for hostile input; on a login route, also "wrong credentials". */
    private static Set<Integer> statuses(Route route) {
        return LOGINS.contains(route.key()) ? union(FIELD, Set.of(401)) : FIELD;
    }

    @Order(2)
    @TestFactory
    Stream<DynamicTest> everyPathParameter() {
        return RouteCatalog.ROUTES.stream().filter(r -> r.path().contains("{"))
                .map(route -> dynamicTest(route + " · path", () -> pathCases(route)));
    }

    private static void pathCases(Route route) {
        String[] template = route.path().split("/");
        HostileChecks checks = new HostileChecks();
        for (int i = 0; i < template.length; i++) {
            if (!template[i].startsWith("{")) {
                continue;
            }
            for (String segment : HostileCorpus.PATH_SEGMENTS) {
                RouteClient.Call call = RouteClient.call(route, Role.least(route.need()));
                String[] path = call.path.split("/");
                path[i] = segment;
                call.at(String.join("/", path));
                checks.check(call, template[i] + "=" + HostileCorpus.label(segment), null, segment, call.send(),
                        Set.of(400, 404));
            }
        }
        checks.assertNone();
    }

    @Order(3)
    @TestFactory
    Stream<DynamicTest> malformedBodies() {
        return RouteCatalog.ROUTES.stream().filter(r -> r.input() != Input.QUERY && !r.fields().isEmpty())
                .map(route -> dynamicTest(route + " · bodies", () -> {
                    HostileChecks checks = new HostileChecks();
                    for (BadBodies.Variant variant : BadBodies.of(route, statuses(route))) {
                        RouteClient.Call call = RouteClient.call(route, Role.least(route.need()));
                        checks.check(call, variant.what(), variant.field(), null, variant.send().apply(call), variant.statuses());
                    }
                    checks.assertNone();
                }));
    }

    @Order(4)
    @TestFactory
    Stream<DynamicTest> callersWithoutPermissionChangeNothing() {
        return RouteCatalog.ROUTES.stream().filter(r -> r.writes() && r.need() != RouteCatalog.Need.PUBLIC)
                .flatMap(route -> Arrays.stream(Role.values()).filter(role -> !role.may(route.need()))
                        .map(role -> dynamicTest(route + " as " + role, () -> refused(route, role))));
    }

    private static void refused(Route route, Role role) {
        HostileChecks checks = new HostileChecks();
        Set<Integer> refusal = Set.of(route.expected(role));
        RouteClient.Call all = RouteClient.call(route, role);
        route.fields().forEach((field, valid) -> all.with(field, valid instanceof FilePart f
                ? new FilePart(HostileCorpus.SCRIPT, f.content(), f.contentType()) : HostileCorpus.SCRIPT));
        List<BadBodies.Variant> bodies = route.fields().isEmpty() || route.input() == Input.QUERY ? List.of() : BadBodies.of(route, statuses(route));
        List<RouteClient.Call> calls = bodies.stream().map(b -> RouteClient.call(route, role)).toList();
        // the records the calls name are made: from here on nothing may change
        DatabaseSnapshot before = DatabaseSnapshot.take();
        checks.check(all, "markup in every field", null, null, all.send(), refusal);
        for (int i = 0; i < bodies.size(); i++) {
            checks.check(calls.get(i), bodies.get(i).what(), null, null, bodies.get(i).send().apply(calls.get(i)),
                    union(refusal, Set.of(400, 413, 415)));
        }
        assertThat(DatabaseSnapshot.take().changesSince(before)).as(route + " as " + role).isEmpty();
        checks.assertNone();
    }

    /** A form posted from another site: no valid CSRF token, or a content type the token check skips. */
    @Order(5)
    @TestFactory
    Stream<DynamicTest> forgedCrossSiteFormsChangeNothing() {
        return RouteCatalog.ROUTES.stream().filter(r -> r.writes() && !r.api() && !r.key().equals(LOGIN))
                .map(route -> dynamicTest(route + " forged", () -> {
                    HostileChecks checks = new HostileChecks();
                    Role role = Role.least(route.need());
                    List<RouteClient.Call> calls = List.of(RouteClient.call(route, role), RouteClient.call(route, role),
                            RouteClient.call(route, role));
                    DatabaseSnapshot before = DatabaseSnapshot.take();
                    String forged = calls.get(0).formBody().replaceFirst("csrf-token=[^&]*", "csrf-token=forged");
                    checks.check(calls.get(0), "forged token", null, null, calls.get(0).sendRaw(
                            "application/x-www-form-urlencoded", HostileCorpus.utf8(forged)), Set.of(400));
                    String none = calls.get(1).formBody().replaceFirst("csrf-token=[^&]*&?", "");
                    checks.check(calls.get(1), "no token", null, null, calls.get(1).sendRaw(
                            "application/x-www-form-urlencoded", HostileCorpus.utf8(none)), Set.of(400));
                    checks.check(calls.get(2), "text/plain, no token", null, null, calls.get(2).sendRaw(
                            "text/plain", HostileCorpus.utf8(none)), Set.of(415));
                    assertThat(DatabaseSnapshot.take().changesSince(before)).as(route + " forged").isEmpty();
                    checks.assertNone();
                }));
    }

    /**
     * An API write sent by the logged-in browser from a page of another origin of the same site (issue 18, item 10):
     * the session cookie goes along, a CSRF header cannot, and text/plain needs no preflight. Nothing changes.
     */
    @Order(5)
    @TestFactory
    Stream<DynamicTest> forgedCrossSiteApiCallsChangeNothing() {
        return RouteCatalog.ROUTES.stream().filter(r -> r.writes() && r.api())
                .map(route -> dynamicTest(route + " from a foreign page", () -> {
                    HostileChecks checks = new HostileChecks();
                    Role role = route.need() == RouteCatalog.Need.PUBLIC ? Role.VIEWER : Role.least(route.need());
                    RouteClient.Call own = RouteClient.call(route, role);
                    RouteClient.Call plain = RouteClient.call(route, role);
                    DatabaseSnapshot before = DatabaseSnapshot.take();
                    String type = switch (route.input()) {
                        case MULTIPART -> "multipart/form-data";
                        case QUERY -> null;
                        default -> "application/json";
                    };
                    checks.check(own, "session cookie, no CSRF header", null, null, own.sendAsForeignPage(type),
                            route.input() == Input.MULTIPART ? Set.of(400, 403) : Set.of(403));
                    checks.check(plain, "session cookie, text/plain", null, null, plain.sendAsForeignPage("text/plain"),
                            Set.of(415));
                    assertThat(DatabaseSnapshot.take().changesSince(before)).as(route + " from a foreign page").isEmpty();
                    checks.assertNone();
                }));
    }

    @Order(6)
    @Test
    void bodiesOverTheServerLimitAreRefusedBeforeBeingRead() {
        HostileChecks checks = new HostileChecks();
        for (Route route : RouteCatalog.ROUTES) {
            if (route.writes() && route.input() != Input.QUERY) {
                RouteClient.Call call = RouteClient.call(route, Role.least(route.need()));
                checks.check(call, "declaring 40 MB", null, null, call.declaring(40_000_000), Set.of(413));
            }
        }
        RouteClient.Call json = RouteClient.call(find("POST /api/v1/bodies"), Role.EDITOR);
        checks.check(json, "31 MB of JSON", null, null, json.sendRaw("application/json",
                HostileCorpus.utf8("{\"name\":\"" + "z".repeat(31 * 1024 * 1024) + "\"}")), Set.of(413));
        RouteClient.Call upload = RouteClient.call(find("POST /api/v1/requests/{request}/documents"), Role.EDITOR);
        upload.with("file", new FilePart("big.pdf", new byte[31 * 1024 * 1024], "application/pdf"));
        checks.check(upload, "31 MB upload", null, null, upload.send(), Set.of(413));
        checks.assertNone();
    }

    @Order(7)
    @Test
    void everyPageAndFeedShowsWhatWasStoredEscaped() throws Exception {
        HostileChecks checks = new HostileChecks();
        for (Route route : RouteCatalog.ROUTES) {
            if (route.method().equals("GET") && !route.api()) {
                for (Role role : IntStream.of(route.need().ordinal(), Role.ADMIN.ordinal()).mapToObj(i -> Role.values()[i]).toList()) {
                    RouteClient.Call call = RouteClient.call(route, role);
                    checks.check(call, "after the suite", null, null, call.send(), Set.of(200, 303));
                }
            }
        }
        checks.assertNone();
        // the editor owns the requests made above, hostile titles and notes included; the feed shows the newest
        // events only, and other features' routes record many: one more hostile note, recorded last
        int request = fr.vigie.request.RequestApi.newRequest(fr.vigie.request.RequestApi.newBody("75"));
        fr.vigie.request.RequestApi.event(request, fr.vigie.request.RequestApi.ev("SENT", "2025-03-03", "note",
                "<script>alert(1)</script> & \"quoted\"")).then().statusCode(201);
        String feed = "/feeds/" + RouteFixtures.newFeedSecret(TestAccounts.EDITOR);
        Answer atom = RawHttp.exchange("GET", feed + "/events.atom", Map.of(), new byte[0], -1);
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.body()).contains("&lt;script&gt;alert").doesNotContain("<script>alert");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        xml.newDocumentBuilder().parse(new InputSource(new StringReader(atom.body())));
        Answer ics = RawHttp.exchange("GET", feed + "/calendar.ics", Map.of(), new byte[0], -1);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.body()).contains("BEGIN:VEVENT");
        assertThat(ics.body().lines()).as("lines injected into the calendar").noneMatch(l -> l.startsWith("Set-Cookie"));
    }

    @AfterAll
    static void keepTheAnswers() throws IOException {
        HostileChecks.writeAnswers();
    }

    private static Route find(String key) {
        return RouteCatalog.ROUTES.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @SafeVarargs
    private static Set<Integer> union(Set<Integer>... sets) {
        return Arrays.stream(sets).flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
