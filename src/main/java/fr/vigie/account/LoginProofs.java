package fr.vigie.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.VigieConfig;

/**
 * Secrets a browser holds between two login steps or two logins, each kept in the database as its SHA-256 only, in
 * real time (like sessions, not on the application's clock that tests move by days):
 * <ul>
 * <li>device proofs (table login_device, cookie vigie-device): this browser logged in to this account before; its
 * next logins to it skip the delays a stranger's failures caused (issue 18, item 4);</li>
 * <li>pending logins (table login_pending, cookie vigie-2fa): the password was right, the second factor is awaited
 * (issue 18, item 7); a few wrong codes or five minutes and the password must be typed again.</li>
 * </ul>
 */
@ApplicationScoped
public class LoginProofs {

    public static final String DEVICE_COOKIE = "vigie-device";
    public static final String PENDING_COOKIE = "vigie-2fa";
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);
    static final int PENDING_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final Duration deviceLifetime;

    LoginProofs(DataSource dataSource, VigieConfig config) {
        this.dataSource = dataSource;
        this.deviceLifetime = config.login().deviceProofLifetime();
    }

    public Duration deviceLifetime() {
        return deviceLifetime;
    }

    /** A new device proof of this account; expired ones of everyone go. */
    public String issueDevice(long userId) {
        String token = Passwords.randomSecret(32);
        long now = System.currentTimeMillis();
        update("INSERT INTO login_device (token_hash, user_id, created_ms) VALUES (?, ?, ?)", digest(token), userId, now);
        update("DELETE FROM login_device WHERE created_ms < ?", now - deviceLifetime.toMillis());
        return token;
    }

    /** The proof's id for the throttle when this token proves this very account; null otherwise. */
    public String deviceProof(String token, long userId) {
        if (token == null || token.length() > 100) {
            return null;
        }
        String hash = digest(token);
        OptionalLong owner = userOf("SELECT user_id FROM login_device WHERE token_hash = ? AND created_ms >= ?", hash,
                System.currentTimeMillis() - deviceLifetime.toMillis());
        return owner.isPresent() && owner.getAsLong() == userId ? hash : null;
    }

    /** The password was right: a ticket for the second step. */
    public String openPending(long userId) {
        String ticket = Passwords.randomSecret(32);
        long now = System.currentTimeMillis();
        update("DELETE FROM login_pending WHERE created_ms < ?", now - PENDING_LIFETIME.toMillis());
        update("INSERT INTO login_pending (ticket_hash, user_id, created_ms, attempts) VALUES (?, ?, ?, 0)", digest(ticket), userId, now);
        return ticket;
    }

    /** The user a live ticket is for. */
    public OptionalLong pendingUser(String ticket) {
        if (ticket == null || ticket.length() > 100) {
            return OptionalLong.empty();
        }
        return userOf("SELECT user_id FROM login_pending WHERE ticket_hash = ? AND created_ms >= ? AND attempts < "
                + PENDING_ATTEMPTS, digest(ticket), System.currentTimeMillis() - PENDING_LIFETIME.toMillis());
    }

    /** True when a wrong code was already typed on this ticket. */
    public boolean pendingFailed(String ticket) {
        return ticket != null && userOf("SELECT user_id FROM login_pending WHERE ticket_hash = ? AND attempts > 0 AND created_ms >= ?",
                digest(ticket), System.currentTimeMillis() - PENDING_LIFETIME.toMillis()).isPresent();
    }

    public void pendingCodeWrong(String ticket) {
        update("UPDATE login_pending SET attempts = attempts + 1 WHERE ticket_hash = ?", digest(ticket));
    }

    public void closePending(String ticket) {
        update("DELETE FROM login_pending WHERE ticket_hash = ?", digest(ticket));
    }

    private OptionalLong userOf(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("login proofs: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("login proofs: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
