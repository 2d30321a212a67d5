package fr.vigie.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.VigieConfig;

/**
 * Login sessions kept on the server (table user_session), shared by every instance on the database. The session
 * cookie (encrypted by Quarkus) carries "username|session id"; a session counts only while its row exists, has been
 * used within the idle time and is younger than the maximum age. Logout deletes the row; a password change deletes
 * the user's other rows. Even a cookie forged with the encryption key gets nobody in without a live session id.
 */
@ApplicationScoped
public class SessionStore {

    /** Between principal name and session id in the cookie; never in a username (letters, digits, . _ -). */
    static final char SEPARATOR = '|';
    private static final long TOUCH_EVERY_MS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final Duration idle;
    private final Duration maxAge;

    SessionStore(DataSource dataSource, VigieConfig config) {
        this.dataSource = dataSource;
        this.idle = config.login().sessionIdle();
        this.maxAge = config.login().sessionMaxAge();
    }

    /** Opens a session for the user; returns its id (given once, kept only as a digest). */
    public String open(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = wallClock();
        run("INSERT INTO user_session (id_hash, user_id, created_ms, last_seen_ms) VALUES (?, ?, ?, ?)", digest(id), userId, now, now);
        // expired sessions of everyone go at each login: the table never holds more than the live ones and a day's
        run("DELETE FROM user_session WHERE last_seen_ms < ? OR created_ms < ?", now - idle.toMillis(), now - maxAge.toMillis());
        return id;
    }

    /** The user of a live session, which counts as used now; empty when it is unknown, ended, idle or too old. */
    public OptionalLong userOf(String sessionId) {
        long now = wallClock();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, created_ms, last_seen_ms FROM user_session WHERE id_hash = ?")) {
            ps.setString(1, digest(sessionId));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return OptionalLong.empty();
                }
                long userId = rs.getLong(1);
                long created = rs.getLong(2);
                long seen = rs.getLong(3);
                if (now - seen > idle.toMillis() || now - created > maxAge.toMillis()) {
                    return OptionalLong.empty();
                }
                if (now - seen > TOUCH_EVERY_MS) {
                    run("UPDATE user_session SET last_seen_ms = ? WHERE id_hash = ?", now, digest(sessionId));
                }
                return OptionalLong.of(userId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sessions: " + e.getMessage(), e);
        }
    }

    /** Logout: this session ends everywhere. */
    public void close(String sessionId) {
        run("DELETE FROM user_session WHERE id_hash = ?", digest(sessionId));
    }

    /** A password change: every session of the user but this one (null: all) ends. */
    public void closeOthers(long userId, String keptSessionId) {
        run("DELETE FROM user_session WHERE user_id = ? AND id_hash <> ?", userId,
                keptSessionId == null ? "" : digest(keptSessionId));
    }

    public long countFor(long userId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM user_session WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sessions: " + e.getMessage(), e);
        }
    }

    private void run(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sessions: " + e.getMessage(), e);
        }
    }

    private static String digest(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sessions live in real time, not on the application's clock: that one gives the day deadlines are counted
     * from, and tests move it by days, which must not log anybody out.
     */
    private static long wallClock() {
        return System.currentTimeMillis();
    }
}
