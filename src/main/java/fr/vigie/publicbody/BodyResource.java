package fr.vigie.publicbody;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Page;
import io.quarkus.security.Authenticated;

/** JSON API of the directory of public bodies. Reads need a login, writes the EDITOR role. */
@Path("/api/v1/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class BodyResource {

    @Inject
    PublicBodyService bodies;

    @Inject
    CurrentLocale locale;

    @GET
    @Operation(summary = "Search the directory (q: text, kind, departement; page from 1, size up to 100)")
    public Page<BodyJson> list(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("departement") String departement, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return bodies.search(BodySearch.parse(locale.msg(), q, kind, departement, page, size)).map(BodyJson::from);
    }

    @GET
    @Path("/{id}")
    public BodyJson get(@PathParam("id") long id) {
        return BodyJson.from(bodies.get(id));
    }

    @POST
    @RolesAllowed("EDITOR")
    @Operation(summary = "Create a body; 201 with its id, 422 naming each refused field")
    public Response create(BodyJson.Input input) {
        PublicBody body = bodies.create(locale.msg(), require(input).toInput());
        return Response.created(URI.create("/api/v1/bodies/" + body.id)).entity(BodyJson.from(body)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Replace a body's fields; with version, a stale version gives 409")
    public BodyJson update(@PathParam("id") long id, BodyJson.Input input) {
        return BodyJson.from(bodies.update(locale.msg(), id, require(input).toInput(), input.version()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Delete a body that no request or body refers to; otherwise 409")
    public Response delete(@PathParam("id") long id) {
        bodies.delete(locale.msg(), id);
        return Response.noContent().build();
    }

    private BodyJson.Input require(BodyJson.Input input) {
        if (input == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        return input;
    }
}
