package fr.vigie.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.vigie.app.AppClock;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static class ManualClock extends AppClock {
        Instant now = Instant.parse("2026-01-05T10:00:00Z");

        ManualClock() {
            super(java.time.ZoneId.of("Europe/Paris"));
        }

        @Override
        public Instant now() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15));

    @Test
    void fiveFailuresAreFreeThenTheAccountWaits() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("alice", "10.0.0.1")).isFalse();
        throttle.recordFailure("alice", "10.0.0.1");
        assertThat(throttle.isBlocked("alice", "10.0.0.2")).as("the account waits, from any address").isTrue();
        assertThat(throttle.isBlocked("bob", "10.0.0.1")).as("other accounts from that address do not").isFalse();
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.isBlocked("alice", "10.0.0.1")).isFalse();
    }

    @Test
    void accountNamesAreThrottledWhateverTheirCase() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("Alice", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("alice", "10.0.0.9")).isTrue();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, "10.0.0.7");
        }
        assertThat(throttle.isBlocked("someone-new", "10.0.0.7")).isTrue();
        assertThat(throttle.isBlocked("someone-new", "10.0.0.8")).isFalse();
    }

    @Test
    void successForgivesAccountAndAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        throttle.recordSuccess("alice", "10.0.0.1");
        assertThat(throttle.isBlocked("alice", "10.0.0.1")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "0, PT1S", "1, PT2S", "3, PT8S", "9, PT8M32S", "10, PT15M", "500, PT15M" })
    void waitDoublesUpToTheMaximum(int extraFailures, Duration expected) {
        assertThat(throttle.delayAfter(extraFailures)).isEqualTo(expected);
    }
}
