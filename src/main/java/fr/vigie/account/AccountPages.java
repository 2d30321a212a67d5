package fr.vigie.account;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The logged-in user's own page: password and API tokens. */
@Path("/account")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AppUser user, List<ApiToken> tokens, String newToken,
                boolean passwordChanged, String newFeedToken, FormErrors errors);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @Inject
    UserService users;

    @Inject
    TokenService tokens;

    @Inject
    FeedTokenService feedTokens;

    @Inject
    SessionStore sessions;

    @GET
    public TemplateInstance show(@QueryParam("changed") String changed) {
        return page(null, changed != null, FormErrors.NONE);
    }

    @POST
    @Path("/password")
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirmation) {
        try {
            users.changeOwnPassword(locale.msg(), locale.bundle(AccountMsg.class), currentUser.id(), current, password, confirmation);
            // whoever else holds a session of this account is out; this browser stays in
            sessions.closeOthers(currentUser.id(), currentUser.sessionId());
            return Response.seeOther(URI.create("/account?changed=1")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(null, false, new FormErrors(e.errors()))).build();
        }
    }

    @POST
    @Path("/tokens")
    public Response createToken(@RestForm String label) {
        FieldChecks checks = new FieldChecks(locale.msg());
        String name = checks.line("label", label, true, 100);
        if (checks.hasErrors()) {
            return Response.status(422).entity(page(null, false, new FormErrors(checks.errors()))).build();
        }
        TokenService.NewToken created = tokens.create(currentUser.id(), name);
        return Response.ok(page(created.token(), false, FormErrors.NONE)).build();
    }

    @POST
    @Path("/tokens/{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.id(), id);
        return Response.seeOther(URI.create("/account")).build();
    }

    /** A new secret address for the user's calendar and Atom feeds, shown once; the old one stops working. */
    @POST
    @Path("/feeds")
    public TemplateInstance renewFeeds() {
        return page(null, false, feedTokens.renew(currentUser.id()), FormErrors.NONE);
    }

    @POST
    @Path("/feeds/revoke")
    public Response revokeFeeds() {
        feedTokens.revoke(currentUser.id());
        return Response.seeOther(URI.create("/account")).build();
    }

    private TemplateInstance page(String newToken, boolean passwordChanged, FormErrors errors) {
        return page(newToken, passwordChanged, null, errors);
    }

    private TemplateInstance page(String newToken, boolean passwordChanged, String newFeedToken, FormErrors errors) {
        long id = currentUser.id();
        return Templates.account(users.get(id), tokens.listFor(id), newToken, passwordChanged, newFeedToken, errors);
    }
}
