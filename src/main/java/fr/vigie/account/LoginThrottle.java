package fr.vigie.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;


import fr.vigie.app.AppClock;
import fr.vigie.app.VigieConfig;

/**
 * Slows password guessing, per account and per network address (more free attempts there: an office
 * shares one address): after a few free failures, each
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
    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration maxDelay;

    @jakarta.inject.Inject
    public LoginThrottle(AppClock clock,
            VigieConfig config) {
        this(clock, config.login().freeAttempts(), config.login().freeAttemptsPerAddress(), config.login().maxDelay());
    }

    LoginThrottle(AppClock clock, int freePerAccount, int freePerAddress, Duration maxDelay) {
        this.clock = clock;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.maxDelay = maxDelay;
    }

    /** True when an attempt for this account or from this address must wait: it is refused unchecked. */
    public boolean isBlocked(String username, String address) {
        Instant now = clock.now();
        return blocked(accountKey(username), freePerAccount, now) || blocked(addressKey(address), freePerAddress, now);
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

    private boolean blocked(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free) {
            return false;
        }
        return now.isBefore(f.last().plus(delayAfter(f.count() - free)));
    }

    /** The wait after {@code extra} failures beyond the free ones: 1 s, 2 s, 4 s... up to the maximum. */
    Duration delayAfter(int extra) {
        int doublings = Math.min(extra, 20);
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
