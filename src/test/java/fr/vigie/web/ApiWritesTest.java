package fr.vigie.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 18, item 10: the JSON API cannot be driven by a page of another origin of the same site with the user's
 * session cookie (a text/plain or untyped POST, or a JSON one without the CSRF header); bearer tokens work as before.
 */
@QuarkusTest
class ApiWritesTest {

    private static String body(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"COMMUNE\",\"departement\":\"59\"}";
    }

    private static int count(String name) {
        return given().header("Authorization", TestAccounts.bearer(TestAccounts.VIEWER)).get("/api/v1/bodies?q=" + name)
                .then().statusCode(200).extract().path("total");
    }

    /** The session's cookies as a browser sends them, and the value of its CSRF cookie. */
    private static String csrfOf(BrowserSession session) {
        for (String cookie : session.cookieHeader().split("; ")) {
            if (cookie.startsWith("vigie-csrf=")) {
                return cookie.substring("vigie-csrf=".length());
            }
        }
        throw new AssertionError("no vigie-csrf cookie in " + session.cookieHeader());
    }

    private static BrowserSession logged(String user) {
        BrowserSession session = BrowserSession.login(user);
        session.get("/account");
        return session;
    }

    private static RequestSpecification cookies(BrowserSession session) {
        return session.request();
    }

    @Test
    void item10_aCookieAuthenticatedPostThatIsNotJsonIsRefused() {
        String name = "Plain " + UUID.randomUUID();
        BrowserSession editor = logged(TestAccounts.EDITOR);
        // what a form or fetch(no-cors) of another origin can send without a preflight
        cookies(editor).header("X-CSRF-TOKEN", csrfOf(editor)).contentType("text/plain").body(body(name))
                .post("/api/v1/bodies").then().statusCode(415).contentType(Problem.MEDIA_TYPE);
        RawHttp.Answer untyped = RawHttp.exchange("POST", "/api/v1/bodies", Map.of("Cookie", editor.cookieHeader(),
                "X-CSRF-TOKEN", csrfOf(editor)), body(name).getBytes(StandardCharsets.UTF_8), -1);
        assertThat(untyped.status()).isEqualTo(415);
        assertThat(untyped.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(count(name)).isZero();
    }

    @Test
    void item10_aCookieAuthenticatedApiWriteNeedsTheCsrfHeader() {
        String name = "Cookie " + UUID.randomUUID();
        BrowserSession editor = logged(TestAccounts.EDITOR);
        cookies(editor).contentType("application/json").body(body(name)).post("/api/v1/bodies")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body(containsString("X-CSRF-TOKEN"));
        cookies(editor).header("X-CSRF-TOKEN", "forged").contentType("application/json").body(body(name))
                .post("/api/v1/bodies").then().statusCode(403);
        assertThat(count(name)).isZero();
        cookies(editor).header("X-CSRF-TOKEN", csrfOf(editor)).contentType("application/json").body(body(name))
                .post("/api/v1/bodies").then().statusCode(201);
        assertThat(count(name)).isEqualTo(1);

        // the administrator's actions without a body (refresh, backup) ran from a foreign page
        BrowserSession admin = logged(TestAccounts.ADMIN);
        Map<String, String> adminCookies = Map.of("Cookie", admin.cookieHeader());
        assertThat(RawHttp.exchange("POST", "/api/v1/admin/refresh", adminCookies, new byte[0], -1).status()).isEqualTo(403);
        assertThat(RawHttp.exchange("POST", "/api/v1/admin/backup", adminCookies, new byte[0], -1).status()).isEqualTo(403);
        // an empty form of another site: typed, so refused before anything else
        cookies(admin).contentType("application/x-www-form-urlencoded").post("/api/v1/admin/backup").then().statusCode(415);
        cookies(admin).contentType("text/plain").body("x").post("/api/v1/admin/backup").then().statusCode(415);
        assertThat(RawHttp.exchange("POST", "/api/v1/admin/refresh", Map.of("Cookie", admin.cookieHeader(), "X-CSRF-TOKEN",
                csrfOf(admin)), new byte[0], -1).status()).isBetween(200, 299);
    }

    @Test
    void item10_bearerTokenCallsAreUnaffected() {
        String name = "Bearer " + UUID.randomUUID();
        given().header("Authorization", TestAccounts.bearer(TestAccounts.EDITOR)).contentType("application/json; charset=UTF-8")
                .body(body(name)).post("/api/v1/bodies").then().statusCode(201);
        assertThat(count(name)).isEqualTo(1);
        // but the type is checked for them too: text/plain is not JSON
        given().header("Authorization", TestAccounts.bearer(TestAccounts.EDITOR)).contentType("text/plain")
                .body(body(name + "x")).post("/api/v1/bodies").then().statusCode(415);
        // anonymous JSON endpoints (the calculator, token exchange) still take JSON without any cookie
        given().contentType("application/json").body(Map.of("username", TestAccounts.EDITOR, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/tokens").then().statusCode(201);
    }
}
