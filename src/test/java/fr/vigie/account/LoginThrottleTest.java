package fr.vigie.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.vigie.app.AppClock;
import io.quarkus.test.junit.QuarkusTest;

/** The throttle over the test database (H2, or PostgreSQL under the pg profile), with a clock moved by hand. */
@QuarkusTest
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static class ManualClock extends AppClock {
        volatile Instant now = Instant.parse("2026-01-05T10:00:00Z");

        ManualClock() {
            super(java.time.ZoneId.of("Europe/Paris"));
        }

        @Override
        public Instant now() {
            return now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    @Inject
    DataSource dataSource;

    private final ManualClock clock = new ManualClock();
    // names and addresses of each test are its own: the table is shared by the whole test run
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private LoginThrottle throttle() {
        return new LoginThrottle(dataSource, clock, 5, 20, Duration.ofMinutes(15), Duration.ofHours(24));
    }

    private String user(String name) {
        return name + "-" + run;
    }

    private String address(int n) {
        return "10." + run.hashCode() % 200 + "." + run.charAt(0) + "." + n;
    }

    private void fail(LoginThrottle throttle, String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.admit(username, address)).as("attempt %d admitted", i + 1).isTrue();
        }
    }

    @Test
    void fiveFailuresAreFreeThenTheAccountWaits() {
        LoginThrottle throttle = throttle();
        fail(throttle, user("alice"), address(1), 4);
        assertThat(throttle.isBlocked(user("alice"), address(1))).isFalse();
        fail(throttle, user("alice"), address(1), 1);
        assertThat(throttle.admit(user("alice"), address(2))).as("the account waits, from any address").isFalse();
        assertThat(throttle.admit(user("bob"), address(1))).as("other accounts from that address do not").isTrue();
        clock.pass(Duration.ofSeconds(1));
        assertThat(throttle.admit(user("alice"), address(1))).isTrue();
        assertThat(throttle.admit(user("alice"), address(1))).as("then waits two seconds").isFalse();
        clock.pass(Duration.ofSeconds(2));
        assertThat(throttle.admit(user("alice"), address(1))).isTrue();
    }

    @Test
    void accountNamesAreThrottledWhateverTheirCase() {
        LoginThrottle throttle = throttle();
        fail(throttle, user("Alice"), address(1), 5);
        assertThat(throttle.isBlocked(user("alice"), address(9))).isTrue();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 20; i++) {
            fail(throttle, user("user" + i), address(7), 1);
        }
        assertThat(throttle.admit(user("someone-new"), address(7))).isFalse();
        assertThat(throttle.admit(user("someone-new"), address(8))).isTrue();
    }

    @Test
    void successForgivesTheAccount() {
        LoginThrottle throttle = throttle();
        fail(throttle, user("alice"), address(1), 4);
        assertThat(throttle.admit(user("alice"), address(1))).isTrue();
        throttle.recordSuccess(user("alice"), address(1));
        fail(throttle, user("alice"), address(1), 5);
    }

    /** Issue 18, item 5: a success on the attacker's own account must not reset the address's count. */
    @Test
    void item5_aSuccessfulLoginDoesNotResetTheAddressCount() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 19; i++) {
            fail(throttle, user("victim" + i), address(3), 1);
        }
        assertThat(throttle.admit(user("attacker"), address(3))).isTrue();
        throttle.recordSuccess(user("attacker"), address(3));
        fail(throttle, user("victim-19"), address(3), 1);
        assertThat(throttle.admit(user("victim-20"), address(3))).as("20 failures from the address: it waits").isFalse();
    }

    /** Issue 18, item 3: after the wait, of many parallel attempts only one is checked. */
    @Test
    void item3_parallelAttemptsAfterTheWaitAreCheckedOnlyOnce() throws Exception {
        LoginThrottle throttle = throttle();
        fail(throttle, user("target"), address(4), 5);
        clock.pass(Duration.ofSeconds(1));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String from = address(40 + i);
                attempts.add(() -> throttle.admit(user("target"), from));
            }
            long admitted = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                admitted += f.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelFreshAttemptsGetOnlyTheFreeOnes() throws Exception {
        LoginThrottle throttle = throttle();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String from = address(60 + i);
                attempts.add(() -> throttle.admit(user("fresh"), from));
            }
            long admitted = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                admitted += f.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void quietCountsAreForgottenAndPruned() throws Exception {
        LoginThrottle throttle = throttle();
        fail(throttle, user("old"), address(5), 5);
        assertThat(throttle.admit(user("old"), address(5))).isFalse();
        clock.pass(Duration.ofHours(25));
        assertThat(throttle.admit(user("newcomer"), address(6))).as("a new attempt prunes").isTrue();
        long before = clock.now.minus(Duration.ofHours(24)).toEpochMilli();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM login_throttle WHERE next_check_ms < " + before)) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        fail(throttle, user("old"), address(5), 5);
    }

    @ParameterizedTest
    @CsvSource({ "0, PT1S", "1, PT2S", "3, PT8S", "9, PT8M32S", "10, PT15M", "500, PT15M" })
    void waitDoublesUpToTheMaximum(int extraFailures, Duration expected) {
        assertThat(throttle().delayAfter(extraFailures)).isEqualTo(expected);
    }
}
