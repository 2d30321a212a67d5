package fr.vigie.letter.identity;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.account.CurrentUser;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;
import io.quarkus.security.Authenticated;

/** JSON API of the caller's own signing identities. Any logged-in user manages their own. */
@Path("/api/v1/identities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class IdentityResource {

    /** Fields of an identity; {@code version} guards an update against a change made meanwhile. */
    public record IdentityBody(String kind, String label, String civility, String firstName, String lastName,
            String organisation, String representedBy, String representedAs, String addressLines, String postalCode,
            String city, String country, String email, String phone, Boolean isDefault, Long version) {

        IdentityInput toInput() {
            return new IdentityInput(kind, label, civility, firstName, lastName, organisation, representedBy,
                    representedAs, addressLines, postalCode, city, country, email, phone,
                    isDefault == null ? null : isDefault.toString());
        }
    }

    @Inject
    IdentityService identities;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @Operation(summary = "The caller's identities, the default first")
    public List<IdentityJson> list() {
        return identities.list(currentUser.id()).stream().map(IdentityJson::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's identities")
    public IdentityJson get(@PathParam("id") long id) {
        return IdentityJson.from(identities.get(currentUser.id(), id));
    }

    @POST
    @Operation(summary = "Create an identity (the first one is the default); 201")
    public Response create(IdentityBody body) {
        RequesterIdentity created = identities.create(currentUser.id(), require(body).toInput());
        return Response.created(URI.create("/api/v1/identities/" + created.id)).entity(IdentityJson.from(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an identity; version is required and a stale one gives 409")
    public IdentityJson update(@PathParam("id") long id, IdentityBody body) {
        if (require(body).version() == null) {
            throw InvalidInputException.of("version", locale.msg().v_required());
        }
        return IdentityJson.from(identities.update(currentUser.id(), id, body.toInput(), body.version()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an identity that signs no kept letter (409 otherwise)")
    public Response delete(@PathParam("id") long id) {
        identities.delete(currentUser.id(), id);
        return Response.noContent().build();
    }

    private IdentityBody require(IdentityBody body) {
        if (body == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        return body;
    }
}
