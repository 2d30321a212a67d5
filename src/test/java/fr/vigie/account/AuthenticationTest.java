package fr.vigie.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class AuthenticationTest {

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure();
    }

    @Test
    void firstStartCreatedTheAdministratorWithTheConfiguredPassword() {
        BrowserSession admin = BrowserSession.login(TestAccounts.ADMIN);
        admin.get("/admin/users").then().statusCode(200).body(containsString(">admin<"));
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAMessage() {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestAccounts.VIEWER).formParam("j_password", "wrong-password")
                .post("/j_security_check");
        assertThat(response.statusCode()).isBetween(302, 303);
        assertThat(response.header("Location")).endsWith("/login?error=true");
        given().get("/login?error=true").then().body(containsString("id=\"login-error\""));
        throttle.forget(TestAccounts.VIEWER, "127.0.0.1");
    }

    @Test
    void repeatedFailuresBlockEvenTheRightPasswordForAWhile() {
        TestAccounts.ensure("throttled", Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", "throttled").formParam("j_password", "guess-" + i).post("/j_security_check");
        }
        Response right = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "throttled").formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
        assertThat(right.header("Location")).endsWith("/login?error=true");
        given().contentType(ContentType.JSON).body(Map.of("username", "throttled", "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/tokens").then().statusCode(401);
        throttle.forget("throttled", "127.0.0.1");
    }

    @Test
    void pagesAndApiNeedALogin() {
        given().redirects().follow(false).get("/bodies").then().statusCode(303).header("Location", containsString("/login"));
        given().get("/api/v1/bodies").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer vgt_not-a-real-token").get("/api/v1/bodies").then().statusCode(401);
    }

    @Test
    void tokensAreShownOnceListedAndRevocable() {
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("username", TestAccounts.VIEWER, "password", TestAccounts.PASSWORD, "label", "laptop"))
                .post("/api/v1/auth/tokens");
        String token = created.then().statusCode(201).extract().path("token");
        int id = created.path("id");
        assertThat(token).startsWith("vgt_").hasSizeGreaterThan(40);
        given().header("Authorization", "Bearer " + token).get("/api/v1/bodies").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).get("/api/v1/auth/tokens")
                .then().statusCode(200).body("find { it.id == " + id + " }.label", equalTo("laptop"));
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/account").then().statusCode(200).body(containsString("/account/tokens/" + id + "/revoke"))
                .body(org.hamcrest.Matchers.not(containsString(token)));
        given().header("Authorization", "Bearer " + token).delete("/api/v1/auth/tokens/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/v1/bodies").then().statusCode(401);
    }

    @Test
    void tokenRequestsAreValidated() {
        given().contentType(ContentType.JSON).body("{\"username\": 5}").post("/api/v1/auth/tokens")
                .then().statusCode(400).body("errors.field", hasItem("username"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/auth/tokens")
                .then().statusCode(422).body("errors.field", hasItem("username")).body("errors.field", hasItem("password"));
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody-here", "password", "whatever-1234"))
                .post("/api/v1/auth/tokens").then().statusCode(401);
        throttle.forget("nobody-here", "127.0.0.1");
    }

    @Test
    void aDisabledAccountLosesItsSessionAndTokensAtOnce() {
        TestAccounts.ensure("leaving", Role.EDITOR);
        String token = TestAccounts.token("leaving");
        BrowserSession session = BrowserSession.login("leaving");
        session.get("/bodies").then().statusCode(200);
        long id = AppUserLookup.idOf("leaving");
        BrowserSession.login(TestAccounts.ADMIN).post("/admin/users/" + id + "/enabled", Map.of("enabled", "false"))
                .then().statusCode(303);
        session.get("/bodies").then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/v1/bodies").then().statusCode(401);
    }

    @Test
    void userChangesOwnPassword() {
        TestAccounts.ensure("changer", Role.VIEWER);
        BrowserSession session = BrowserSession.login("changer");
        session.post("/account/password", Map.of("current", "bad", "password", "short", "confirmation", "other"))
                .then().statusCode(422).body(containsString("f-current-error")).body(containsString("f-password-error"))
                .body(containsString("f-confirmation-error"));
        session.post("/account/password", Map.of("current", TestAccounts.PASSWORD, "password", "a-new-long-password",
                "confirmation", "a-new-long-password")).then().statusCode(303);
        given().contentType(ContentType.JSON).body(Map.of("username", "changer", "password", "a-new-long-password"))
                .post("/api/v1/auth/tokens").then().statusCode(201);
        session.post("/account/password", Map.of("current", "a-new-long-password", "password", TestAccounts.PASSWORD,
                "confirmation", TestAccounts.PASSWORD)).then().statusCode(303);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        int status = editor.postWithoutCsrf("/bodies", Map.of("name", "Forged body", "kind", "OTHER")).statusCode();
        assertThat(status).isEqualTo(400);
        given().header("Authorization", TestAccounts.bearer(TestAccounts.EDITOR))
                .get("/api/v1/bodies?q=Forged body").then().body("total", equalTo(0));
    }

    @Test
    void logoutEndsTheSession() {
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.post("/logout", Map.of()).then().statusCode(303).header("Location", containsString("/login"));
        viewer.get("/bodies").then().statusCode(303);
    }

    @Test
    void securityHeadersAndCookieFlags() {
        Response page = given().get("/login");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestAccounts.VIEWER).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).contains("vigie-session=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
    }
}
