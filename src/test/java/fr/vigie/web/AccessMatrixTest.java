package fr.vigie.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every route × (anonymous, viewer, editor, admin): who is let in. A write that passes the access check
 * may still be refused as invalid (empty input here): what matters is that it is not refused for access,
 * and that nobody is let in who should not be. Never a 500.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Need { PUBLIC, VIEWER, EDITOR, ADMIN }

    static final List<String> ROLES = List.of("anonymous", TestAccounts.VIEWER, TestAccounts.EDITOR, TestAccounts.ADMIN);

    record Route(String method, String path, Need need) {
        boolean api() {
            return path.startsWith("/api/");
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/", Need.VIEWER), new Route("GET", "/login", Need.PUBLIC),
            new Route("GET", "/calculator", Need.PUBLIC), new Route("GET", "/bodies", Need.VIEWER),
            new Route("GET", "/bodies/{b}", Need.VIEWER), new Route("GET", "/bodies/new", Need.EDITOR),
            new Route("GET", "/bodies/{b}/edit", Need.EDITOR), new Route("GET", "/bodies/import", Need.EDITOR),
            new Route("GET", "/bodies/export.csv", Need.VIEWER), new Route("POST", "/bodies", Need.EDITOR),
            new Route("POST", "/bodies/{b}", Need.EDITOR), new Route("POST", "/bodies/reference", Need.ADMIN),
            new Route("GET", "/requests", Need.VIEWER), new Route("GET", "/requests/{r}", Need.VIEWER),
            new Route("GET", "/requests/new", Need.EDITOR), new Route("GET", "/requests/{r}/edit", Need.EDITOR),
            new Route("GET", "/requests/{r}/events/new", Need.EDITOR), new Route("POST", "/requests", Need.EDITOR),
            new Route("POST", "/requests/{r}/events", Need.EDITOR), new Route("GET", "/statistics", Need.VIEWER),
            new Route("GET", "/dashboard/export.csv", Need.VIEWER), new Route("GET", "/account", Need.VIEWER),
            new Route("POST", "/account/tokens", Need.VIEWER), new Route("GET", "/admin/users", Need.ADMIN),
            new Route("POST", "/admin/users", Need.ADMIN),
            new Route("GET", "/api/v1/bodies", Need.VIEWER), new Route("GET", "/api/v1/bodies/{b}", Need.VIEWER),
            new Route("POST", "/api/v1/bodies", Need.EDITOR), new Route("PUT", "/api/v1/bodies/{b}", Need.EDITOR),
            new Route("DELETE", "/api/v1/bodies/999999999", Need.EDITOR), new Route("GET", "/api/v1/requests", Need.VIEWER),
            new Route("POST", "/api/v1/requests", Need.EDITOR), new Route("PUT", "/api/v1/requests/{r}", Need.EDITOR),
            new Route("POST", "/api/v1/requests/{r}/events", Need.EDITOR),
            new Route("GET", "/api/v1/requests/{r}/documents", Need.VIEWER),
            new Route("GET", "/api/v1/dashboard", Need.VIEWER), new Route("GET", "/api/v1/dashboard/overdue", Need.VIEWER),
            new Route("GET", "/api/v1/auth/tokens", Need.VIEWER), new Route("POST", "/api/v1/deadlines/preview", Need.PUBLIC),
            new Route("GET", "/api/v1/admin/checksums", Need.ADMIN), new Route("POST", "/api/v1/admin/backup", Need.ADMIN));

    private static int bodyId;
    private static int requestId;
    private static final Map<String, BrowserSession> SESSIONS = new java.util.HashMap<>();
    private static final Map<String, String> TOKENS = new java.util.HashMap<>();

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            for (int level = 0; level < ROLES.size(); level++) {
                cases.add(Arguments.of(route.method() + " " + route.path(), ROLES.get(level), level >= route.need().ordinal()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("matrix")
    void access(String route, String role, boolean allowed) {
        if (bodyId == 0) {
            bodyId = RequestApi.newBody("75");
            requestId = RequestApi.newRequest(bodyId);
        }
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replace("{b}", String.valueOf(bodyId))
                .replace("{r}", String.valueOf(requestId));
        Response response = path.startsWith("/api/") ? api(method, path, role) : page(method, path, role);
        int status = response.statusCode();
        String location = String.valueOf(response.header("Location"));
        assertThat(status).as(route + " as " + role).isLessThan(500);
        boolean sentToLogin = status == 401 || (status == 303 || status == 302) && location.contains("/login");
        if (allowed) {
            assertThat(sentToLogin || status == 403).as(route + " as " + role + " → " + status).isFalse();
        } else {
            boolean refused = role.equals("anonymous") ? sentToLogin || status == 400 : status == 403;
            assertThat(refused).as(route + " as " + role + " → " + status + " " + location).isTrue();
        }
    }

    private static Response api(String method, String path, String role) {
        var spec = given().redirects().follow(false).contentType(ContentType.JSON).body("{}");
        if (!role.equals("anonymous")) {
            spec = spec.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(role, TestAccounts::token));
        }
        return spec.request(method, path);
    }

    private static Response page(String method, String path, String role) {
        BrowserSession session = role.equals("anonymous") ? BrowserSession.anonymous()
                : SESSIONS.computeIfAbsent(role, BrowserSession::login);
        return method.equals("GET") ? session.get(path) : session.post(path, Map.of());
    }
}
