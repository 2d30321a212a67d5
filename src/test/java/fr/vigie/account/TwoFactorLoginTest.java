package fr.vigie.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Issue 18, item 7 end to end, on the application's clock fixed by the test: enrolment, login in two steps, recovery. */
@QuarkusTest
class TwoFactorLoginTest {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\" data-secret=\"([A-Z2-7]+)\"");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

    @Inject
    LoginThrottle throttle;

    @Inject
    AdminSecondFactor adminSecondFactor;

    private FixedClock clock;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void fixTheClock() {
        clock = FixedClock.install("2026-03-02");
    }

    /** What enrolment gave: the secret and the recovery codes. */
    record Enrolment(String secret, List<String> recoveryCodes) {
    }

    @Test
    void item7_enrolmentIsConfirmedByACodeAndShowsRecoveryCodesOnce() {
        String name = user(Role.VIEWER);
        BrowserSession session = BrowserSession.login(name);
        session.get("/account/two-factor").then().statusCode(200).body(containsString("id=\"two-factor-state\""));
        String page = session.post("/account/two-factor/start", Map.of()).then().statusCode(200).extract().asString();
        String secret = find(SECRET, page).get(0);
        assertThat(page).contains("otpauth://totp/Vigie%3A" + name + "?secret=" + secret + "&amp;issuer=Vigie");
        session.post("/account/two-factor/confirm", Map.of("code", Totp.codeAt(secret, clock.now().minusSeconds(3600))))
                .then().statusCode(422).body(containsString("f-code-error")).body(containsString(secret));
        assertThat(enabled(name)).isFalse();
        String confirmed = session.post("/account/two-factor/confirm", Map.of("code", Totp.codeAt(secret, clock.now())))
                .then().statusCode(200).extract().asString();
        assertThat(find(RECOVERY, confirmed)).hasSize(10);
        assertThat(enabled(name)).isTrue();
        session.get("/account/two-factor").then().statusCode(200).body(containsString("restants : 10"))
                .body(org.hamcrest.Matchers.not(containsString(find(RECOVERY, confirmed).get(0))));
    }

    @Test
    void item7_loginAsksTheCodeAfterThePassword() {
        String name = user(Role.EDITOR);
        Enrolment enrolment = enrol(name);
        Response step1 = passwordStep(name, Map.of());
        assertThat(step1.header("Location")).endsWith("/login?error=true");
        assertThat(step1.cookies()).doesNotContainKey("vigie-session").containsKey(LoginProofs.PENDING_COOKIE);
        Map<String, String> pending = Map.of(LoginProofs.PENDING_COOKIE, step1.cookie(LoginProofs.PENDING_COOKIE));
        given().cookies(pending).get("/login").then().statusCode(200)
                .body(containsString("value=\"" + PasswordIdentityProvider.SECOND_STEP + "\""))
                .body(org.hamcrest.Matchers.not(containsString("id=\"code-error\"")));
        // the code of the enrolment, same time step: a code is accepted once
        assertThat(codeStep(pending, Totp.codeAt(enrolment.secret(), clock.now())).header("Location")).endsWith("error=true");
        given().cookies(pending).get("/login").then().body(containsString("id=\"code-error\""));
        clock.set("2026-03-03");
        Response step2 = codeStep(pending, Totp.codeAt(enrolment.secret(), clock.now()));
        assertThat(step2.header("Location")).doesNotContain("error");
        BrowserSession.withCookies(step2.cookies()).get("/requests").then().statusCode(200);
        assertThat(codeStep(pending, Totp.codeAt(enrolment.secret(), clock.now())).header("Location"))
                .as("the ticket is used up").endsWith("error=true");
    }

    @Test
    void item7_aRecoveryCodeWorksOnce() {
        String name = user(Role.VIEWER);
        Enrolment enrolment = enrol(name);
        String code = enrolment.recoveryCodes().get(3).toUpperCase().replace("-", " ");
        Map<String, String> first = pendingOf(passwordStep(name, Map.of()));
        assertThat(codeStep(first, code).header("Location")).doesNotContain("error");
        Map<String, String> second = pendingOf(passwordStep(name, Map.of()));
        assertThat(codeStep(second, code).header("Location")).endsWith("error=true");
        assertThat(codeStep(second, enrolment.recoveryCodes().get(4)).header("Location")).doesNotContain("error");
        throttle.forget(name, "127.0.0.1");
    }

    /** Issue 18, item 4 with item 7: a right code sent with the password gets the owner past the delays others caused. */
    @Test
    void item4_aSecondFactorCodeSkipsTheDelaysOthersCaused() {
        String name = user(Role.VIEWER);
        Enrolment enrolment = enrol(name);
        for (int i = 0; i < 6; i++) {
            passwordStep(name, Map.of("j_password", "stranger-guess-" + i));
        }
        assertThat(passwordStep(name, Map.of()).cookies()).as("the right password alone waits")
                .doesNotContainKey(LoginProofs.PENDING_COOKIE);
        // the next time step's code (the enrolment used this one's): the clock stands still, so do the delays
        Response withCode = passwordStep(name, Map.of("code", Totp.codeAt(enrolment.secret(), clock.now().plusSeconds(30))));
        assertThat(withCode.header("Location")).doesNotContain("error");
        assertThat(withCode.cookies()).containsKey("vigie-session");
        throttle.forget(name, "127.0.0.1");
        throttle.forget(name, "0:0:0:0:0:0:0:1");
    }

    @Test
    void item7_apiTokensNeedTheCodeToBeMadeButWorkAsBefore() {
        String name = user(Role.VIEWER);
        String before = TestAccounts.token(name);
        Enrolment enrolment = enrol(name);
        given().header("Authorization", "Bearer " + before).get("/api/v1/bodies").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/tokens").then().statusCode(401);
        clock.set("2026-03-04");
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", TestAccounts.PASSWORD,
                "code", Totp.codeAt(enrolment.secret(), clock.now()))).post("/api/v1/auth/tokens").then().statusCode(201);
        throttle.forget(name, "127.0.0.1");
    }

    @Test
    void item7_administratorsNeedASecondFactorOnceAnAdministratorRequiresIt() {
        String enrolled = user(Role.ADMIN, "enrolled");
        String other = user(Role.ADMIN, "other");
        try {
            BrowserSession otherSession = BrowserSession.login(other);
            otherSession.post("/admin/users/second-factor", Map.of("required", "true")).then().statusCode(422)
                    .body(containsString("f-required-error"));
            Enrolment enrolment = enrol(enrolled);
            clock.set("2026-03-06");
            BrowserSession admin = loginWithCode(enrolled, Totp.codeAt(enrolment.secret(), clock.now()));
            admin.post("/admin/users/second-factor", Map.of("required", "true")).then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.endsWith("/admin/users"));
            assertThat(adminSecondFactor.required()).isTrue();
            otherSession.get("/admin/users").then().statusCode(403);
            otherSession.get("/requests").then().statusCode(200);
            otherSession.get("/account/two-factor").then().statusCode(200).body(containsString("Les administrateurs doivent utiliser"));
            admin.get("/admin/users").then().statusCode(200);
            enrol(other);
            otherSession.get("/admin/users").then().statusCode(200);
        } finally {
            adminSecondFactor.setRequired(false);
            QuarkusTransaction.requiringNew().run(() -> AppUser.update("role = ?1 where username in (?2, ?3)", Role.VIEWER,
                    enrolled, other));
        }
    }

    private String user(Role role) {
        return user(role, "");
    }

    private String user(Role role, String which) {
        String name = "tf-" + role.name().toLowerCase() + which + "-" + run;
        TestAccounts.ensure(name, role);
        return name;
    }

    /** Turns the second factor on for this user, through the pages, at the clock's time. */
    private Enrolment enrol(String name) {
        BrowserSession session = BrowserSession.login(name);
        String secret = find(SECRET, session.post("/account/two-factor/start", Map.of()).asString()).get(0);
        String page = session.post("/account/two-factor/confirm", Map.of("code", Totp.codeAt(secret, clock.now())))
                .then().statusCode(200).extract().asString();
        return new Enrolment(secret, find(RECOVERY, page));
    }

    private BrowserSession loginWithCode(String name, String code) {
        Response step2 = codeStep(pendingOf(passwordStep(name, Map.of())), code);
        assertThat(step2.header("Location")).doesNotContain("error");
        return BrowserSession.withCookies(step2.cookies());
    }

    private static Response passwordStep(String name, Map<String, String> more) {
        Map<String, String> form = new HashMap<>(Map.of("j_username", name, "j_password", TestAccounts.PASSWORD));
        form.putAll(more);
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(form)
                .post("/j_security_check");
    }

    private static Response codeStep(Map<String, String> pending, String code) {
        return given().redirects().follow(false).cookies(pending).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", PasswordIdentityProvider.SECOND_STEP).formParam("j_password", code)
                .post("/j_security_check");
    }

    private static Map<String, String> pendingOf(Response passwordStep) {
        String ticket = passwordStep.cookie(LoginProofs.PENDING_COOKIE);
        assertThat(ticket).as("a second step is asked for").isNotNull();
        return Map.of(LoginProofs.PENDING_COOKIE, ticket);
    }

    private static boolean enabled(String name) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name).orElseThrow().totpEnabled);
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
