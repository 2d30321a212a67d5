package fr.vigie.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 11, must show 6: two instances on one PostgreSQL, failed logins made on one slow logins on the other.
 * One instance is the running test application (its login API, its connection pool); the other is a second
 * throttle with no state of its own but its own connections to the same database, as another server would
 * have. The same check between two packaged applications in separate processes: {@code fr.vigie.ops.SharedThrottleCheck}.
 * Skipped on H2 (an in-memory H2 is never shared by two servers).
 */
@QuarkusTest
class SharedLoginThrottleTest {

    @Inject
    DataSource appDataSource;

    private LoginThrottle other;

    @BeforeEach
    void secondInstance() throws SQLException {
        try (Connection c = appDataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(c.getMetaData().getDatabaseProductName()),
                    "two instances share a PostgreSQL database; run with -Dquarkus.test.profile=test,pg");
        }
        PGSimpleDataSource own = new PGSimpleDataSource();
        own.setUrl(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        own.setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class));
        own.setPassword(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        other = new LoginThrottle(own, new LoginThrottleTest.ManualClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }
        }, new LoginThrottle.Limits(5, 20, 500, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofHours(24)));
    }

    @Test
    void failuresOnTheApplicationSlowTheOtherInstance() {
        String username = "shared-a-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.ensure(username, Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            tokenRequest(username, "wrong-password-" + i).then().statusCode(401);
        }
        String seen = other.isBlocked(username, "127.0.0.1") ? "127.0.0.1" : "0:0:0:0:0:0:0:1";
        assertThat(other.isBlocked(username, seen)).isTrue();
        assertThat(other.admit(username, seen)).as("the other instance refuses unchecked").isFalse();
        forget(username);
    }

    @Test
    void failuresOnTheOtherInstanceSlowTheApplication() {
        String username = "shared-b-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.ensure(username, Role.VIEWER);
        tokenRequest(username, TestAccounts.PASSWORD).then().statusCode(201);
        // counts are per (account, address): the other instance sees the guesser at the address the application sees
        for (int i = 0; i < 5; i++) {
            assertThat(other.admit(username, "127.0.0.1")).isTrue();
            assertThat(other.admit(username, "0:0:0:0:0:0:0:1")).isTrue();
        }
        assertThat(tokenRequest(username, TestAccounts.PASSWORD).statusCode()).as("the right password waits too").isEqualTo(401);
        forget(username);
        tokenRequest(username, TestAccounts.PASSWORD).then().statusCode(201);
    }

    private void forget(String username) {
        other.forget(username, "127.0.0.1");
        other.forget(username, "0:0:0:0:0:0:0:1");
    }

    private static io.restassured.response.Response tokenRequest(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/tokens");
    }
}
