package fr.vigie.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.vigie.app.AppClock;
import fr.vigie.app.VigieConfig;

/**
 * Slows password guessing without letting a stranger lock an owner out (issue 18, item 4). An attempt without proof
 * is counted three times: for its (account, address) pair, for its address (more free attempts there: an office
 * shares one address) and globally (a ceiling on guesses from many addresses). After the free attempts of a count,
 * each further attempt waits twice as long as the one before (capped; the global ceiling at a short wait) before
 * the password is even checked. A stranger's failures therefore slow the stranger's pair and address, never the
 * owner at another address, and the right password from a new address waits at most the global ceiling.
 * <p>
 * A browser with a device proof of the account ({@link LoginDevices}: it logged in to it before) is counted on its
 * own pair (account, device) only: the delays others caused do not apply to it, and a stolen proof still guesses
 * slowly. Second-factor codes have a count per account of their own.
 * <p>
 * Counted in the database (table login_throttle) before the password is checked, under row locks: of many parallel
 * attempts after a wait, one is checked, on one instance or several. A success clears its pair and takes back its
 * own attempt from the address and global counts, but does not clear them: an attacker's own account must not reset
 * their guesses on others. Counts idle for {@code vigie.login.forget-after} are forgotten and pruned.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final String GLOBAL = "g:";
    /**
     * The global count forgets one failure a minute: it counts failures lately, not since the last quiet day (a team
     * that logs in daily would otherwise pile up a year of typos). Pair and address counts are forgotten whole.
     */
    private static final long GLOBAL_LEAK_MS = 60_000;

    /** The limits; see VigieConfig.Login. */
    public record Limits(int freePerPair, int freePerAddress, int freeGlobal, Duration maxDelay, Duration globalMaxDelay,
            Duration forgetAfter) {
    }

    /** One count: its free attempts, its longest wait, and how often it forgets one attempt (0: only when idle). */
    private record Key(String digest, int free, Duration cap, long leakMs) {
    }

    private final ThrottleRows rows;
    private final AppClock clock;
    private final Limits limits;
    private final AtomicLong lastPruneMs = new AtomicLong(Long.MIN_VALUE);

    @Inject
    public LoginThrottle(DataSource dataSource, AppClock clock, VigieConfig config) {
        this(dataSource, clock, new Limits(config.login().freeAttempts(), config.login().freeAttemptsPerAddress(),
                config.login().freeAttemptsGlobal(), config.login().maxDelay(), config.login().globalMaxDelay(),
                config.login().forgetAfter()));
    }

    /** One throttle over a database; every instance built on the same database shares its counts. */
    public LoginThrottle(DataSource dataSource, AppClock clock, Limits limits) {
        this.rows = new ThrottleRows(dataSource);
        this.clock = clock;
        this.limits = limits;
    }

    /** An attempt without proof; see {@link #admit(String, String, String)}. */
    public boolean admit(String username, String address) {
        return admit(username, address, null);
    }

    /**
     * Counts an attempt for this account, if none of its counts must wait. True: check the password (the attempt
     * stays counted unless {@link #recordSuccess} follows). False: refuse it unchecked.
     *
     * @param proof the id of a device proof of this very account, already checked by the caller; or null
     */
    public boolean admit(String username, String address, String proof) {
        return admitKeys(keys(username, address, proof));
    }

    /**
     * A second-factor code for this account may be checked now (counted; cleared by {@link #secondFactorSucceeded}).
     * Codes typed after the right password and codes sent with a password as a proof are counted apart: a stranger
     * sending wrong codes of the second kind cannot stop the owner's second step.
     */
    public boolean admitSecondFactor(String username, boolean afterPassword) {
        return admitKeys(List.of(secondFactorKey(username, afterPassword)));
    }

    public void secondFactorSucceeded(String username, boolean afterPassword) {
        rows.run(c -> {
            ThrottleRows.delete(c, secondFactorKey(username, afterPassword).digest());
            return null;
        });
    }

    /** True when an attempt without proof now would be refused unchecked (reads only). */
    public boolean isBlocked(String username, String address) {
        long now = clock.now().toEpochMilli();
        List<Key> keys = keys(username, address, null);
        return rows.run(c -> {
            Map<String, ThrottleRows.Count> counts = ThrottleRows.read(c, digests(keys), false);
            return keys.stream().anyMatch(k -> waits(counts.get(k.digest()), k, now));
        });
    }

    /** The admitted attempt proved the password: its pair starts afresh, the address and global counts take back one. */
    public void recordSuccess(String username, String address, String proof) {
        List<Key> keys = keys(username, address, proof);
        long now = clock.now().toEpochMilli();
        rows.run(c -> {
            ThrottleRows.delete(c, keys.get(0).digest());
            for (Key key : keys.subList(1, keys.size())) {
                ThrottleRows.takeBackOne(c, key.digest(), key.free(), now);
            }
            return null;
        });
    }

    public void recordSuccess(String username, String address) {
        recordSuccess(username, address, null);
    }

    /** Forgets the attempts of this account from this address, of the address and the global count (an unlock; tests). */
    public void forget(String username, String address) {
        List<Key> keys = new ArrayList<>(keys(username, address, null));
        keys.add(secondFactorKey(username, true));
        keys.add(secondFactorKey(username, false));
        rows.run(c -> {
            for (Key key : keys) {
                ThrottleRows.delete(c, key.digest());
            }
            return null;
        });
    }

    /** The wait after {@code extra} attempts beyond the free ones: 1 s, 2 s, 4 s... up to the maximum. */
    Duration delayAfter(int extra) {
        return delayAfter(extra, limits.maxDelay());
    }

    private static Duration delayAfter(int extra, Duration cap) {
        int doublings = Math.min(Math.max(extra, 0), 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    private boolean admitKeys(List<Key> keys) {
        long now = clock.now().toEpochMilli();
        prune(now);
        rows.run(c -> {
            for (Key key : keys) {
                ThrottleRows.insertIfAbsent(c, key.digest(), now);
            }
            return null;
        });
        return rows.inTransaction(c -> countIfFree(c, keys, now));
    }

    private boolean countIfFree(Connection c, List<Key> keys, long now) throws SQLException {
        Map<String, ThrottleRows.Count> counts = ThrottleRows.read(c, digests(keys), true);
        for (Key key : keys) {
            if (waits(counts.get(key.digest()), key, now)) {
                return false;
            }
        }
        List<ThrottleRows.Update> updates = new ArrayList<>();
        for (Key key : keys) {
            int attempts = current(counts.get(key.digest()), key, now) + 1;
            long next = attempts >= key.free() ? now + delayAfter(attempts - key.free(), key.cap()).toMillis() : now;
            updates.add(new ThrottleRows.Update(key.digest(), attempts, next));
        }
        ThrottleRows.write(c, updates, now);
        return true;
    }

    private boolean waits(ThrottleRows.Count count, Key key, long now) {
        return count != null && current(count, key, now) >= key.free() && now < count.nextCheckMs();
    }

    /** Attempts still remembered: none once the count has been idle for forget-after; fewer as a leaking count leaks. */
    private int current(ThrottleRows.Count count, Key key, long now) {
        if (count == null || count.nextCheckMs() + limits.forgetAfter().toMillis() < now) {
            return 0;
        }
        if (key.leakMs() > 0 && now > count.nextCheckMs()) {
            return (int) Math.max(0, count.attempts() - (now - count.nextCheckMs()) / key.leakMs());
        }
        return count.attempts();
    }

    /** At most once a minute per instance: drops counts idle for longer than forget-after. */
    private void prune(long now) {
        long last = lastPruneMs.get();
        if (last != Long.MIN_VALUE && now - last < PRUNE_EVERY.toMillis() || !lastPruneMs.compareAndSet(last, now)) {
            return;
        }
        rows.run(c -> {
            ThrottleRows.prune(c, now - limits.forgetAfter().toMillis());
            return null;
        });
    }

    /** The pair first (cleared by a success), then the counts a success only takes one back from. */
    private List<Key> keys(String username, String address, String proof) {
        String account = account(username);
        if (proof != null) {
            return List.of(new Key(digest("d:" + account + "|" + proof), limits.freePerPair(), limits.maxDelay(), 0));
        }
        String from = address == null ? "unknown" : address;
        return List.of(new Key(digest("p:" + account + "|" + from), limits.freePerPair(), limits.maxDelay(), 0),
                new Key(digest("a:" + from), limits.freePerAddress(), limits.maxDelay(), 0),
                new Key(digest(GLOBAL), limits.freeGlobal(), limits.globalMaxDelay(), GLOBAL_LEAK_MS));
    }

    private Key secondFactorKey(String username, boolean afterPassword) {
        return new Key(digest((afterPassword ? "c:" : "b:") + account(username)), limits.freePerPair(), limits.maxDelay(), 0);
    }

    private static String account(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static List<String> digests(List<Key> keys) {
        return keys.stream().map(Key::digest).toList();
    }

    private static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
