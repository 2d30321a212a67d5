package fr.vigie.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 18, item 4 through the login form: a stranger hammering an account from the owner's own address (an office,
 * a café) keeps the stranger out, not the owner, whose browser logged in to the account before. Every request of
 * the tests comes from one address, the hardest case; other addresses are the throttle's own test (LoginThrottleTest).
 */
@QuarkusTest
class LockoutTest {

    @Inject
    LoginThrottle throttle;

    @Test
    void item4_theOwnersBrowserGetsInWhileAStrangerHammersTheAccount() {
        String name = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.ensure(name, Role.VIEWER);
        try {
            Response earlier = login(name, TestAccounts.PASSWORD, Map.of());
            String device = earlier.cookie(LoginProofs.DEVICE_COOKIE);
            assertThat(device).as("a browser that logged in holds a device proof").isNotNull();
            for (int i = 0; i < 8; i++) {
                login(name, "stranger-guess-" + i, Map.of());
            }
            assertThat(login(name, TestAccounts.PASSWORD, Map.of()).header("Location")).as("without proof: waits")
                    .endsWith("error=true");
            Response owner = login(name, TestAccounts.PASSWORD, Map.of(LoginProofs.DEVICE_COOKIE, device));
            assertThat(owner.header("Location")).as("the owner's browser").doesNotContain("error");
            assertThat(login(name, "stranger-guess-9", Map.of(LoginProofs.DEVICE_COOKIE, "forged")).header("Location"))
                    .endsWith("error=true");
            assertThat(login(name, TestAccounts.PASSWORD, Map.of(LoginProofs.DEVICE_COOKIE, "forged")).header("Location"))
                    .as("a forged proof proves nothing").endsWith("error=true");
        } finally {
            throttle.forget(name, "127.0.0.1");
            throttle.forget(name, "0:0:0:0:0:0:0:1");
        }
    }

    private static Response login(String name, String password, Map<String, String> cookies) {
        return given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", name).formParam("j_password", password).post("/j_security_check");
    }
}
