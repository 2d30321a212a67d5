package fr.vigie.account;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.web.FieldChecks;
import fr.vigie.web.CurrentLocale;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/** API tokens: exchange a username and password for a bearer token; list and revoke one's tokens. */
@Path("/api/v1/auth/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** code: the second factor (TOTP or recovery code) of a user who has one; ignored otherwise. */
    public record Credentials(String username, String password, String label, String code) {
    }

    public record TokenCreated(long id, String token) {
    }

    public record TokenView(long id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView from(ApiToken t) {
            return new TokenView(t.id, t.label, t.createdAt, t.lastUsedAt, t.revokedAt);
        }
    }

    @Inject
    LoginService logins;

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @Inject
    HttpServerRequest http;

    @POST
    @PermitAll
    @Operation(summary = "Exchange a username and password (and the second-factor code of a user who has one) for an API token, throttled like the login form")
    public Response create(Credentials credentials) {
        FieldChecks checks = new FieldChecks(locale.msg());
        String username = checks.line("username", credentials == null ? null : credentials.username(), true, 64);
        if (credentials == null || credentials.password() == null || credentials.password().isEmpty()) {
            checks.add("password", locale.msg().v_required());
        }
        String label = checks.line("label", credentials == null ? null : credentials.label(), false, 100);
        String code = checks.line("code", credentials == null ? null : credentials.code(), false, 40);
        checks.throwIfAny();
        AppUser user = logins.authenticate(username, credentials.password(), code, ClientAddress.of(http))
                .orElseThrow(UnauthorizedException::new);
        TokenService.NewToken created = tokens.create(user.id, label == null ? "API" : label);
        return Response.status(201).entity(new TokenCreated(created.id(), created.token())).build();
    }

    @GET
    @Authenticated
    public List<TokenView> list() {
        return tokens.listFor(currentUser.id()).stream().map(TokenView::from).toList();
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.id(), id);
        return Response.noContent().build();
    }
}
