package fr.vigie.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.vigie.web.AppClock;

/**
 * Slows password guessing, per account and per network address: after a few free failures, each
 * further failure doubles the wait before the next attempt is even checked (capped). A success
 * clears the account's and the address's counts. Kept in memory: a restart forgives.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AppClock clock;
    private final int freeAttempts;
    private final Duration maxDelay;

    public LoginThrottle(AppClock clock,
            @ConfigProperty(name = "vigie.login.free-attempts") int freeAttempts,
            @ConfigProperty(name = "vigie.login.max-delay") Duration maxDelay) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.maxDelay = maxDelay;
    }

    /** True when an attempt for this account or from this address must wait: it is refused unchecked. */
    public boolean isBlocked(String username, String address) {
        Instant now = clock.now();
        return blocked(accountKey(username), now) || blocked(addressKey(address), now);
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.now();
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(e -> e.getValue().last().plus(maxDelay).isBefore(now));
        }
        for (String key : new String[] { accountKey(username), addressKey(address) }) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
    }

    public void recordSuccess(String username, String address) {
        failures.remove(accountKey(username));
        failures.remove(addressKey(address));
    }

    private boolean blocked(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < freeAttempts) {
            return false;
        }
        return now.isBefore(f.last().plus(delayAfter(f.count())));
    }

    Duration delayAfter(int count) {
        int doublings = Math.min(count - freeAttempts, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.toLowerCase());
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
