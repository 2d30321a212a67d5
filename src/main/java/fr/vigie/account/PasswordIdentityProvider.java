package fr.vigie.account;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** The login form (j_security_check): username and password, checked through the throttle. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginService logins;
    private final SessionStore sessions;

    private final String csrfCookie;

    public PasswordIdentityProvider(LoginService logins, SessionStore sessions,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.logins = logins;
        this.sessions = sessions;
        this.csrfCookie = csrfCookie;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null ? "unknown" : ClientAddress.of(http.request());
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            AppUser user = logins.authenticate(username, password, address).orElseThrow(AuthenticationFailedException::new);
            if (http != null) {
                // the CSRF token of the anonymous page is replaced: the session gets its own (issue 18, item 11)
                http.response().addCookie(io.vertx.core.http.Cookie.cookie(csrfCookie, CsrfRenewal.newToken()).setPath("/")
                        .setHttpOnly(true).setSameSite(io.vertx.core.http.CookieSameSite.LAX));
            }
            return Identities.ofSession(user, sessions.open(user.id));
        });
    }
}
