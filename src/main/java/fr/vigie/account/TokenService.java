package fr.vigie.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.web.NotFoundException;

/** Creates, lists, resolves and revokes API tokens. */
@ApplicationScoped
public class TokenService {

    static final String PREFIX = "vgt_";
    /** Writing "last used" on every call would turn each API read into a write: once a minute is enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final AppClock clock;

    public TokenService(AppClock clock) {
        this.clock = clock;
    }

    /** A token just made: the secret is in {@code token}, shown to its owner this once. */
    public record NewToken(long id, String token) {
    }

    @Transactional
    public NewToken create(long userId, String label) {
        AppUser user = AppUser.<AppUser>findByIdOptional(userId).orElseThrow(() -> new NotFoundException("user"));
        String token = PREFIX + Passwords.randomSecret(32);
        ApiToken row = new ApiToken();
        row.user = user;
        row.label = label;
        row.tokenHash = sha256(token);
        row.createdAt = clock.now();
        row.persist();
        return new NewToken(row.id, token);
    }

    @Transactional
    public List<ApiToken> listFor(long userId) {
        return ApiToken.list("user.id = ?1 order by createdAt desc", userId);
    }

    /** Revokes one of the user's own tokens; someone else's token is reported as not found. */
    @Transactional
    public void revoke(long userId, long tokenId) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(tokenId)
                .filter(t -> t.user.id.equals(userId))
                .orElseThrow(() -> new NotFoundException("token " + tokenId));
        if (token.revokedAt == null) {
            token.revokedAt = clock.now();
        }
    }

    @Transactional
    public Optional<AppUser> ownerOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return ApiToken.findActiveByHash(sha256(token)).filter(t -> t.user.enabled).map(t -> {
            if (t.lastUsedAt == null || t.lastUsedAt.plus(LAST_USED_PRECISION).isBefore(clock.now())) {
                t.lastUsedAt = clock.now();
            }
            return t.user;
        });
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
