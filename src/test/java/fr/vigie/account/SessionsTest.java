package fr.vigie.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.restassured.response.Response;

/** Issue 18, items 1, 2 and 11: sessions live on the server; logout and a password change end them. */
@QuarkusTest
class SessionsTest {

    private static final String COOKIE = "vigie-session";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure();
    }

    @Test
    void item1_theTemporarySessionKeyIsNeverLogged() {
        assertThat(org.jboss.logmanager.Logger.getLogger(FormAuthenticationMechanism.class.getName()).isLoggable(Level.WARNING))
                .as("the line 'using temporary key ...' is a WARN of this logger").isFalse();
    }

    @Test
    void item1_aCookieForgedWithTheKeyGetsNobodyIn() throws Exception {
        long expiry = System.currentTimeMillis() + 3_600_000;
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        String principal = decrypt(cookieOf(viewer));
        assertThat(principal).as("the genuine cookie decrypts: the forging below is sound").startsWith("viewer|");
        String sessionId = principal.substring("viewer|".length());
        for (String forged : new String[] { "admin", "admin|" + sessionId, "admin|made-up-session", "viewer|made-up" }) {
            given().redirects().follow(false).cookie(COOKIE, encrypt(expiry + ":" + forged)).get("/admin/users")
                    .then().statusCode(303);
        }
        given().redirects().follow(false).cookie(COOKIE, encrypt(expiry + ":viewer|" + sessionId)).get("/requests")
                .then().statusCode(200);
    }

    @Test
    void item1_sessionLifetimeIsEnforcedOnTheServer() throws Exception {
        TestAccounts.ensure("long-session", Role.VIEWER);
        BrowserSession session = BrowserSession.login("long-session");
        session.get("/requests").then().statusCode(200);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE user_session SET created_ms = created_ms - 13 * 3600000 WHERE user_id = ?")) {
            ps.setLong(1, AppUserLookup.idOf("long-session"));
            ps.executeUpdate();
        }
        session.get("/requests").then().statusCode(303);
    }

    @Test
    void item2_aCookieReplayedAfterLogoutIsRefused() {
        TestAccounts.ensure("leaver", Role.VIEWER);
        BrowserSession session = BrowserSession.login("leaver");
        String copy = cookieOf(session);
        session.get("/requests").then().statusCode(200);
        Response logout = session.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(303);
        given().redirects().follow(false).cookie(COOKIE, copy).get("/requests").then().statusCode(303);
    }

    @Test
    void item2_aPasswordChangeEndsEveryOtherSession() {
        TestAccounts.ensure("two-browsers", Role.VIEWER);
        BrowserSession here = BrowserSession.login("two-browsers");
        BrowserSession there = BrowserSession.login("two-browsers");
        there.get("/requests").then().statusCode(200);
        here.post("/account/password", Map.of("current", TestAccounts.PASSWORD, "password", "another-long-password",
                "confirmation", "another-long-password")).then().statusCode(303);
        there.get("/requests").then().statusCode(303);
        here.get("/requests").then().statusCode(200);
        here.post("/account/password", Map.of("current", "another-long-password", "password", TestAccounts.PASSWORD,
                "confirmation", TestAccounts.PASSWORD)).then().statusCode(303);
    }

    @Test
    void item11_theCsrfTokenIsRenewedAtLoginAndLogout() {
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("vigie-csrf", "planted-by-another-site").formParam("j_username", TestAccounts.VIEWER)
                .formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check");
        assertThat(login.getCookie("vigie-csrf")).as("the planted token is replaced at login").isNotNull()
                .isNotEqualTo("planted-by-another-site");
        BrowserSession session = BrowserSession.login(TestAccounts.VIEWER);
        session.get("/account").then().statusCode(200);
        String before = session.csrf();
        Response logout = session.post("/logout", Map.of());
        assertThat(logout.getCookie("vigie-csrf")).as("and at logout " + logout.headers().getValues("Set-Cookie")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void item6_aLoginPostedFromAnotherSiteIsRefused() {
        for (Map<String, String> headers : java.util.List.of(Map.of("Origin", "https://attacker.example"),
                Map.of("Origin", "null"), Map.of("Sec-Fetch-Site", "cross-site"))) {
            Response login = given().redirects().follow(false).headers(headers).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", TestAccounts.VIEWER).formParam("j_password", TestAccounts.PASSWORD)
                    .post("/j_security_check");
            assertThat(login.header("Location")).as(headers.toString()).endsWith("/login?error=true");
            assertThat(login.getCookie(COOKIE)).as(headers.toString()).isNullOrEmpty();
        }
        Response sameSite = given().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestAccounts.VIEWER).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
        assertThat(sameSite.header("Location")).doesNotContain("error");
        assertThat(sameSite.getCookie(COOKIE)).isNotEmpty();
    }

    private static String cookieOf(BrowserSession session) {
        for (String part : session.cookieHeader().split("; ")) {
            if (part.startsWith(COOKIE + "=")) {
                return part.substring(COOKIE.length() + 1);
            }
        }
        throw new AssertionError("no session cookie");
    }

    /** The key Quarkus made at start (no VIGIE_SESSION_KEY in tests): what an attacker who read the old log had. */
    private static SecretKeySpec key() throws Exception {
        Field field = FormAuthenticationMechanism.class.getDeclaredField("encryptionKey");
        field.setAccessible(true);
        String key = (String) field.get(null);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(digest, "AES");
    }

    /** As Quarkus's PersistentLoginManager: base64(iv length, iv, AES-GCM of "expiry:principal"). */
    private static String encrypt(String value) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(1 + iv.length + sealed.length);
        out.put((byte) iv.length).put(iv).put(sealed);
        return Base64.getEncoder().encodeToString(out.array());
    }

    private static String decrypt(String cookie) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(cookie));
        byte[] iv = new byte[in.get()];
        in.get(iv);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, iv));
        String plain = new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        return plain.substring(plain.indexOf(':') + 1);
    }
}
