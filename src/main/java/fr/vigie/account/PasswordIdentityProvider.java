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
    private final String publicAuthority;

    public PasswordIdentityProvider(LoginService logins, SessionStore sessions,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie, fr.vigie.app.VigieConfig config) {
        this.logins = logins;
        this.sessions = sessions;
        this.csrfCookie = csrfCookie;
        this.publicAuthority = config.publicUrl().map(java.net.URI::getRawAuthority).orElse(null);
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
        if (http != null && crossSite(http, publicAuthority)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
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

    /**
     * Login CSRF (issue 18, item 6): a page of another site must not log the visitor's browser into an account
     * of its choosing. Browsers say where a form was posted from (Origin, Sec-Fetch-Site); a login posted from
     * another site is refused. Clients that send neither (scripts, old browsers) are not cross-site forms.
     */
    static boolean crossSite(RoutingContext http, String publicAuthority) {
        if ("cross-site".equalsIgnoreCase(http.request().getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = http.request().getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = http.request().getHeader("Host");
        try {
            java.net.URI uri = java.net.URI.create(origin.strip());
            String authority = uri.getRawAuthority();
            return authority == null || !(authority.equalsIgnoreCase(publicAuthority)
                    || host != null && authority.equalsIgnoreCase(host.strip()));
        } catch (IllegalArgumentException e) {
            return true; // "null" (a sandboxed or file page) or garbage
        }
    }
}
