package fr.vigie.search;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Administrators' view of the search index, and its rebuild. */
@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class SearchAdminResource {

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "This instance's index (entries, size, journal position, last rebuild) and documents by reading status")
    public SearchStatus status() throws IOException, SQLException {
        return search.status();
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Every instance rebuilds its index from the database, in the background; 202")
    public Response rebuild() throws SQLException, IOException {
        search.rebuildEverywhere();
        return Response.accepted(search.status()).build();
    }
}
