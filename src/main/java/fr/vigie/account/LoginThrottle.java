package fr.vigie.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
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
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Slows password guessing, per account and per network address (more free attempts there: an office shares one
 * address). After a few free attempts, each further one waits twice as long as the one before (capped) before the
 * password is even checked. Counted in the database (table login_throttle), so every instance on it slows the
 * same guesser, and a restart forgives nothing.
 * <p>
 * An attempt is counted <em>before</em> its password is checked, under a row lock: of many parallel attempts
 * after a wait, one is checked, the others are refused unchecked. A success then clears the account's count and
 * takes back its own attempt from the address's count, but does not clear the address: an attacker's own account
 * must not reset their guesses on others. Counts idle for {@code vigie.login.forget-after} are forgotten and pruned.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private record Key(String digest, int free) {
    }

    private record Count(int attempts, long nextCheckMs) {
    }

    private final DataSource dataSource;
    private final AppClock clock;
    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final AtomicLong lastPruneMs = new AtomicLong(Long.MIN_VALUE);

    @Inject
    public LoginThrottle(DataSource dataSource, AppClock clock, VigieConfig config) {
        this(dataSource, clock, config.login().freeAttempts(), config.login().freeAttemptsPerAddress(),
                config.login().maxDelay(), config.login().forgetAfter());
    }

    /** One throttle over a database; every instance built on the same database shares its counts. */
    public LoginThrottle(DataSource dataSource, AppClock clock, int freePerAccount, int freePerAddress, Duration maxDelay,
            Duration forgetAfter) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /**
     * Counts an attempt for this account from this address, if neither must wait. True: check the password (the
     * attempt stays counted unless {@link #recordSuccess} follows). False: refuse it unchecked.
     */
    public boolean admit(String username, String address) {
        long now = clock.now().toEpochMilli();
        List<Key> keys = keys(username, address);
        return outsideTransaction(() -> {
            prune(now);
            try (Connection c = dataSource.getConnection()) {
                for (Key key : keys) {
                    insertIfAbsent(c, key.digest(), now);
                }
                c.setAutoCommit(false);
                try {
                    boolean admitted = countIfFree(c, keys, now);
                    c.commit();
                    return admitted;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        });
    }

    /** True when an attempt now would be refused unchecked (reads only). */
    public boolean isBlocked(String username, String address) {
        long now = clock.now().toEpochMilli();
        List<Key> keys = keys(username, address);
        return outsideTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                Map<String, Count> counts = read(c, keys, false);
                return keys.stream().anyMatch(k -> waits(counts.get(k.digest()), k.free(), now));
            }
        });
    }

    /** The admitted attempt proved the password: the account starts afresh, the address takes back one attempt. */
    public void recordSuccess(String username, String address) {
        List<Key> keys = keys(username, address);
        long now = clock.now().toEpochMilli();
        outsideTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                delete(c, keys.get(0).digest());
                try (PreparedStatement ps = c.prepareStatement("UPDATE login_throttle SET attempts = attempts - 1,"
                        + " next_check_ms = CASE WHEN attempts - 1 < ? THEN ? ELSE next_check_ms END"
                        + " WHERE throttle_key = ? AND attempts > 0")) {
                    ps.setInt(1, freePerAddress);
                    ps.setLong(2, now);
                    ps.setString(3, keys.get(1).digest());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Forgets every attempt of this account and from this address (an administrator's unlock; tests). */
    public void forget(String username, String address) {
        outsideTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                for (Key key : keys(username, address)) {
                    delete(c, key.digest());
                }
            }
            return null;
        });
    }

    /** The wait after {@code extra} attempts beyond the free ones: 1 s, 2 s, 4 s... up to the maximum. */
    Duration delayAfter(int extra) {
        int doublings = Math.min(Math.max(extra, 0), 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private boolean countIfFree(Connection c, List<Key> keys, long now) throws SQLException {
        Map<String, Count> counts = read(c, keys, true);
        for (Key key : keys) {
            if (waits(counts.get(key.digest()), key.free(), now)) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE login_throttle SET attempts = ?, last_attempt_ms = ?, next_check_ms = ? WHERE throttle_key = ?")) {
            for (Key key : keys) {
                int attempts = current(counts.get(key.digest()), now) + 1;
                long next = attempts >= key.free() ? now + delayAfter(attempts - key.free()).toMillis() : now;
                ps.setInt(1, attempts);
                ps.setLong(2, now);
                ps.setLong(3, next);
                ps.setString(4, key.digest());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return true;
    }

    private boolean waits(Count count, int free, long now) {
        return count != null && current(count, now) >= free && now < count.nextCheckMs();
    }

    /** Attempts still remembered: none once the count has been idle for forget-after. */
    private int current(Count count, long now) {
        if (count == null || count.nextCheckMs() + forgetAfter.toMillis() < now) {
            return 0;
        }
        return count.attempts();
    }

    private Map<String, Count> read(Connection c, List<Key> keys, boolean lock) throws SQLException {
        Map<String, Count> counts = new HashMap<>();
        // rows locked in key order, so that two attempts never wait for each other's rows crosswise
        try (PreparedStatement ps = c.prepareStatement("SELECT throttle_key, attempts, next_check_ms FROM login_throttle"
                + " WHERE throttle_key IN (?, ?) ORDER BY throttle_key" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, keys.get(0).digest());
            ps.setString(2, keys.get(1).digest());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), new Count(rs.getInt(2), rs.getLong(3)));
                }
            }
        }
        return counts;
    }

    private static void insertIfAbsent(Connection c, String digest, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_throttle (throttle_key, attempts, last_attempt_ms,"
                + " next_check_ms) SELECT ?, 0, ?, ? WHERE NOT EXISTS (SELECT 1 FROM login_throttle WHERE throttle_key = ?)")) {
            ps.setString(1, digest);
            ps.setLong(2, now);
            ps.setLong(3, now);
            ps.setString(4, digest);
            ps.executeUpdate();
        } catch (SQLException e) {
            // another attempt inserted the same key at the same moment: the row is there, which is all we need
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void delete(Connection c, String digest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE throttle_key = ?")) {
            ps.setString(1, digest);
            ps.executeUpdate();
        }
    }

    /** At most once a minute per instance: drops counts idle for longer than forget-after. */
    private void prune(long now) throws SQLException {
        long last = lastPruneMs.get();
        if (last != Long.MIN_VALUE && now - last < PRUNE_EVERY.toMillis() || !lastPruneMs.compareAndSet(last, now)) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE next_check_ms < ?")) {
            ps.setLong(1, now - forgetAfter.toMillis());
            ps.executeUpdate();
        }
    }

    private List<Key> keys(String username, String address) {
        String account = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return List.of(new Key(digest("u:" + account), freePerAccount),
                new Key(digest("a:" + (address == null ? "unknown" : address)), freePerAddress));
    }

    private static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Counts commit at once, whatever transaction the caller is in: other instances must see them now. */
    private static <T> T outsideTransaction(Work<T> work) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new IllegalStateException("login throttle: " + e.getMessage(), e);
            }
        });
    }
}
