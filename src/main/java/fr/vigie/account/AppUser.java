package fr.vigie.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who logs in to Vigie. The password is only ever stored as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    /** The username lower-cased, unique: "Admin" and "admin" are one username (issue 18, item 8). */
    @Column(name = "username_key", nullable = false, length = 90)
    public String usernameKey;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** SHA-256 of the secret in the user's feed addresses (calendar, Atom); null when none is active. */
    @Column(name = "feed_token_hash", length = 64)
    public String feedTokenHash;

    /** Base32 TOTP secret (RFC 6238); set at enrolment, counts once {@link #totpEnabled}. */
    @Column(name = "totp_secret", length = 64)
    public String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    public boolean totpEnabled;

    /** The last time step a code was accepted for: a code is never accepted twice. */
    @Column(name = "totp_last_step", nullable = false)
    public long totpLastStep;

    /**
     * The account of this name, whatever its case. The exact spelling first: case twins made before usernames
     * became case-insensitive keep logging in with their own spelling.
     */
    public static Optional<AppUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<AppUser> exact = find("username", username).firstResultOptional();
        return exact.isPresent() ? exact : find("usernameKey", keyOf(username)).firstResultOptional();
    }

    /** What makes two usernames the same one. */
    public static String keyOf(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }

    public static long countActiveAdmins() {
        return count("role = ?1 and enabled = true", Role.ADMIN);
    }
}
