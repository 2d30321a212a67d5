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

    /** No global ceiling to speak of: the global count is shared by every test of the run. */
    private LoginThrottle throttle() {
        return throttle(1_000_000);
    }

    private LoginThrottle throttle(int freeGlobal) {
        return new LoginThrottle(dataSource, clock, new LoginThrottle.Limits(5, 20, freeGlobal, Duration.ofMinutes(15),
                Duration.ofSeconds(1), Duration.ofHours(24)));
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
    void fiveFailuresAreFreeThenTheAccountWaitsFromThatAddress() {
        LoginThrottle throttle = throttle();
        fail(throttle, user("alice"), address(1), 4);
        assertThat(throttle.isBlocked(user("alice"), address(1))).isFalse();
        fail(throttle, user("alice"), address(1), 1);
        assertThat(throttle.admit(user("alice"), address(1))).as("the pair waits").isFalse();
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
        assertThat(throttle.isBlocked(user("alice"), address(1))).isTrue();
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
                attempts.add(() -> throttle.admit(user("target"), address(4)));
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
                attempts.add(() -> throttle.admit(user("fresh"), address(60)));
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

    /**
     * Issue 18, item 4: a stranger tries the owner's account every minute for six hours, so that each wait is used
     * the moment it ends; the owner logs in from home at half past each hour. The stranger slows only himself.
     * Today's per-account count kept the owner out from everywhere (about four requests an hour were enough).
     */
    @Test
    void item4_aStrangerCannotLockTheOwnerOut() {
        LoginThrottle throttle = throttle();
        String attacker = address(66);
        for (int minute = 0; minute < 6 * 60; minute++) {
            throttle.admit(user("owner"), attacker);
            if (minute % 60 == 30) {
                assertThat(throttle.admit(user("owner"), address(67))).as("the owner at home, minute %d", minute).isTrue();
                throttle.recordSuccess(user("owner"), address(67));
            }
            clock.pass(Duration.ofMinutes(1));
        }
        throttle.admit(user("owner"), attacker);
        assertThat(throttle.admit(user("owner"), attacker)).as("the attacker still waits").isFalse();
    }

    /** Issue 18, item 4: behind the stranger's address (one office), a device proof of the account gets the owner in. */
    @Test
    void item4_aDeviceProofSkipsTheDelaysOthersCaused() {
        LoginThrottle throttle = throttle();
        String office = address(68);
        fail(throttle, user("colleague"), office, 5);
        assertThat(throttle.admit(user("colleague"), office)).isFalse();
        assertThat(throttle.admit(user("colleague"), office, "proof-1")).as("with a proof").isTrue();
        throttle.recordSuccess(user("colleague"), office, "proof-1");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit(user("colleague"), office, "stolen-proof")).isTrue();
        }
        assertThat(throttle.admit(user("colleague"), office, "stolen-proof")).as("a stolen proof guesses slowly too").isFalse();
        assertThat(throttle.admit(user("colleague"), office, "proof-1")).as("the owner's proof is its own count").isTrue();
    }

    /**
     * Issue 18, item 4: failures from many addresses on many accounts meet the global ceiling: beyond its free
     * failures, one attempt without proof is checked per second, whatever its address; a proof is not held back.
     */
    @Test
    void item4_manyAddressesMeetTheGlobalCeiling() {
        LoginThrottle throttle = throttle(10);
        throttle.forget(user("x"), address(70)); // the global count starts at zero
        try {
            for (int i = 0; i < 10; i++) {
                fail(throttle, user("many" + i), address(100 + i), 1);
            }
            assertThat(throttle.admit(user("new"), address(120))).as("a new account and address wait a second").isFalse();
            assertThat(throttle.admit(user("new"), address(120), "proof")).as("a proven attempt does not").isTrue();
            clock.pass(Duration.ofSeconds(1));
            assertThat(throttle.admit(user("new"), address(120))).as("the right password from a new address, a second later").isTrue();
            throttle.recordSuccess(user("new"), address(120));
            clock.pass(Duration.ofMinutes(20));
            assertThat(throttle.admit(user("later"), address(121))).as("the ceiling forgets one failure a minute").isTrue();
            assertThat(throttle.admit(user("later"), address(122))).isTrue();
        } finally {
            throttle.forget(user("x"), address(70));
        }
    }

    @ParameterizedTest
    @CsvSource({ "0, PT1S", "1, PT2S", "3, PT8S", "9, PT8M32S", "10, PT15M", "500, PT15M" })
    void waitDoublesUpToTheMaximum(int extraFailures, Duration expected) {
        assertThat(throttle().delayAfter(extraFailures)).isEqualTo(expected);
    }
}
