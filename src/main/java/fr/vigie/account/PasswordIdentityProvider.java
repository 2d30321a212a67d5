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

/**
 * The login form (j_security_check), in one or two steps. First the username and password, checked through the
 * throttle (with the browser's device proof, cookie vigie-device, if it has one for that account). A user with a
 * second factor is then asked for a code: the password step fails on purpose, the browser keeps a ticket (cookie
 * vigie-2fa) and the login page, seeing it, asks for the code, which comes back here with the username
 * {@link #SECOND_STEP}. A code may also come with the password (field "code"): then one step is enough.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The username of the second step's form: no account can have it (usernames are letters, digits, . _ -). */
    public static final String SECOND_STEP = "~second-factor";

    private final LoginService logins;
    private final SessionStore sessions;
    private final LoginProofs proofs;
    private final AdminSecondFactor adminSecondFactor;

    private final String csrfCookie;
    private final String publicAuthority;

    public PasswordIdentityProvider(LoginService logins, SessionStore sessions, LoginProofs proofs,
            AdminSecondFactor adminSecondFactor, @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie,
            fr.vigie.app.VigieConfig config) {
        this.logins = logins;
        this.sessions = sessions;
        this.proofs = proofs;
        this.adminSecondFactor = adminSecondFactor;
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
            AppUser user = SECOND_STEP.equals(username) ? secondStep(http, password) : firstStep(http, username, password, address);
            if (http != null) {
                // the CSRF token of the anonymous page is replaced: the session gets its own (issue 18, item 11)
                http.response().addCookie(cookie(csrfCookie, CsrfRenewal.newToken(), -1));
                http.response().addCookie(cookie(LoginProofs.DEVICE_COOKIE, proofs.issueDevice(user.id),
                        proofs.deviceLifetime().toSeconds()));
            }
            return Identities.ofSession(user, sessions.open(user.id), adminSecondFactor.withholdsAdmin(user));
        });
    }

    private AppUser firstStep(RoutingContext http, String username, String password, String address) {
        String device = http == null ? null : cookieValue(http, LoginProofs.DEVICE_COOKIE);
        String code = http == null ? null : http.request().getFormAttribute("code");
        LoginService.PasswordStep step = logins.checkPassword(username, password, address, device, code)
                .orElseThrow(AuthenticationFailedException::new);
        if (step.user().totpEnabled && !step.secondFactorDone()) {
            if (http != null) {
                http.response().addCookie(cookie(LoginProofs.PENDING_COOKIE, logins.awaitSecondFactor(step.user()),
                        LoginProofs.PENDING_LIFETIME.toSeconds()).setSameSite(io.vertx.core.http.CookieSameSite.STRICT));
            }
            throw new AuthenticationFailedException(); // to the login page, which asks for the code
        }
        return step.user();
    }

    private AppUser secondStep(RoutingContext http, String code) {
        String ticket = http == null ? null : cookieValue(http, LoginProofs.PENDING_COOKIE);
        AppUser user = logins.completeSecondFactor(ticket, code).orElseThrow(AuthenticationFailedException::new);
        if (http != null) {
            http.response().addCookie(cookie(LoginProofs.PENDING_COOKIE, "", 0));
        }
        return user;
    }

    private static String cookieValue(RoutingContext http, String name) {
        io.vertx.core.http.Cookie cookie = http.request().getCookie(name);
        return cookie == null ? null : cookie.getValue();
    }

    private static io.vertx.core.http.Cookie cookie(String name, String value, long maxAgeSeconds) {
        io.vertx.core.http.Cookie cookie = io.vertx.core.http.Cookie.cookie(name, value).setPath("/").setHttpOnly(true)
                .setSameSite(io.vertx.core.http.CookieSameSite.LAX);
        return maxAgeSeconds >= 0 ? cookie.setMaxAge(maxAgeSeconds) : cookie;
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
