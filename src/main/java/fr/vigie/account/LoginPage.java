package fr.vigie.account;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;

/** The login form (posted to Quarkus's j_security_check), its second-factor step, and logout. */
@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed);

        static native TemplateInstance code(boolean failed, String step);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionStore sessions;

    @Inject
    RoutingContext routing;

    @Inject
    LoginProofs proofs;

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("restart") String restart,
            @CookieParam(LoginProofs.PENDING_COOKIE) String pending) {
        // the password was right and a second factor is due (PasswordIdentityProvider): ask for the code
        if (restart == null && proofs.pendingUser(pending).isPresent()) {
            return Templates.code(proofs.pendingFailed(pending), PasswordIdentityProvider.SECOND_STEP);
        }
        return Templates.login(error != null);
    }

    /**
     * Logout is a POST with the CSRF token, so another site cannot log the user out. It ends the session on the
     * server (a copy of the cookie no longer works) and replaces the CSRF token.
     */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        String sessionId = currentUser.sessionId();
        if (sessionId != null) {
            sessions.close(sessionId);
        }
        CsrfRenewal.renew(routing);
        return Response.seeOther(URI.create("/login")).cookie(expired(sessionCookie)).build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }
}
