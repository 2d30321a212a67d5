package fr.vigie.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.web.NotFoundException;

/**
 * The secret that makes a user's feed addresses private (a calendar application cannot log in).
 * One per user; making a new one revokes the old, and it can be revoked outright.
 */
@ApplicationScoped
public class FeedTokenService {

    static final String PREFIX = "vgf_";

    /** Replaces the user's feed secret and returns the new one, shown once. */
    @Transactional
    public String renew(long userId) {
        AppUser user = AppUser.<AppUser>findByIdOptional(userId).orElseThrow(() -> new NotFoundException("user"));
        String token = PREFIX + Passwords.randomSecret(24);
        user.feedTokenHash = TokenService.sha256(token);
        return token;
    }

    @Transactional
    public void revoke(long userId) {
        AppUser.<AppUser>findByIdOptional(userId).ifPresent(u -> u.feedTokenHash = null);
    }

    @Transactional
    public boolean isActive(long userId) {
        return AppUser.<AppUser>findByIdOptional(userId).map(u -> u.feedTokenHash != null).orElse(false);
    }

    /** The enabled user a feed secret belongs to; empty for a wrong, revoked or malformed one. */
    @Transactional
    public Optional<AppUser> ownerOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 80) {
            return Optional.empty();
        }
        return AppUser.<AppUser>find("feedTokenHash", TokenService.sha256(token)).firstResultOptional().filter(u -> u.enabled);
    }
}
