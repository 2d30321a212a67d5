package fr.vigie.account;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Every request with a session cookie: the session must be live on the server ({@link SessionStore}), and the user
 * is reloaded, so that logout, a password change, a disabled account or a changed role take effect at once rather
 * than when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final SessionStore sessions;
    private final fr.vigie.account.AdminSecondFactor adminSecondFactor;

    public SessionIdentityProvider(SessionStore sessions, fr.vigie.account.AdminSecondFactor adminSecondFactor) {
        this.sessions = sessions;
        this.adminSecondFactor = adminSecondFactor;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> load(request.getPrincipal()));
    }

    @Transactional
    SecurityIdentity load(String principal) {
        int separator = principal.indexOf(SessionStore.SEPARATOR);
        if (separator < 0) {
            throw new AuthenticationFailedException(); // a cookie from before server sessions, or forged
        }
        String username = principal.substring(0, separator);
        String sessionId = principal.substring(separator + 1);
        OptionalLong userId = sessions.userOf(sessionId);
        return AppUser.findByUsername(username).filter(u -> u.enabled)
                .filter(u -> userId.isPresent() && userId.getAsLong() == u.id)
                .map(u -> Identities.ofSession(u, sessionId, adminSecondFactor.withholdsAdmin(u)))
                .orElseThrow(AuthenticationFailedException::new);
    }
}
