package fr.vigie.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The rows of table login_throttle, one per key (a SHA-256 digest): attempts counted, and the time before which the
 * next attempt is refused unchecked. SQL only; {@link LoginThrottle} decides. Every call commits at once, outside
 * the caller's transaction: other instances must see the counts now.
 */
final class ThrottleRows {

    /** A key's count, as read. */
    record Count(int attempts, long nextCheckMs) {
    }

    /** A key's count, as written. */
    record Update(String digest, int attempts, long nextCheckMs) {
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    ThrottleRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs work on one connection of its own, outside any transaction of the caller. */
    <T> T run(Work<T> work) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw new IllegalStateException("login throttle: " + e.getMessage(), e);
            }
        });
    }

    /** Runs work in one transaction of its own (its row locks held until it ends). */
    <T> T inTransaction(Work<T> work) {
        return run(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    static void insertIfAbsent(Connection c, String digest, long now) throws SQLException {
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

    /** The counts of these keys; with {@code lock}, their rows stay locked until the transaction ends. */
    static Map<String, Count> read(Connection c, List<String> digests, boolean lock) throws SQLException {
        Map<String, Count> counts = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(digests.size(), "?"));
        // rows locked in key order, so that two attempts never wait for each other's rows crosswise
        try (PreparedStatement ps = c.prepareStatement("SELECT throttle_key, attempts, next_check_ms FROM login_throttle"
                + " WHERE throttle_key IN (" + marks + ") ORDER BY throttle_key" + (lock ? " FOR UPDATE" : ""))) {
            for (int i = 0; i < digests.size(); i++) {
                ps.setString(i + 1, digests.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), new Count(rs.getInt(2), rs.getLong(3)));
                }
            }
        }
        return counts;
    }

    static void write(Connection c, List<Update> updates, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE login_throttle SET attempts = ?, last_attempt_ms = ?, next_check_ms = ? WHERE throttle_key = ?")) {
            for (Update u : updates) {
                ps.setInt(1, u.attempts());
                ps.setLong(2, now);
                ps.setLong(3, u.nextCheckMs());
                ps.setString(4, u.digest());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Takes back one counted attempt; once under {@code free}, the key no longer waits. */
    static void takeBackOne(Connection c, String digest, int free, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE login_throttle SET attempts = attempts - 1,"
                + " next_check_ms = CASE WHEN attempts - 1 < ? THEN ? ELSE next_check_ms END"
                + " WHERE throttle_key = ? AND attempts > 0")) {
            ps.setInt(1, free);
            ps.setLong(2, now);
            ps.setString(3, digest);
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, String digest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE throttle_key = ?")) {
            ps.setString(1, digest);
            ps.executeUpdate();
        }
    }

    /** Drops counts idle since before {@code before}. */
    static void prune(Connection c, long before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE next_check_ms < ?")) {
            ps.setLong(1, before);
            ps.executeUpdate();
        }
    }
}
