package fr.vigie.search;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.account.CurrentUser;
import fr.vigie.search.extract.ExtractionStatus;
import fr.vigie.search.query.SearchInput;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.NotFoundException;

/** Search over the API: without login, PUBLIC requests only; a document can be read again (EDITOR). */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @PermitAll
    @Operation(summary = "Search requests, notes, mail and documents (q required; type, bodyId, bodyKind, departement, regime,"
            + " stage, tag, owner, campaignId, from, to as YYYY-MM-DD; sort RELEVANCE or DATE; page from 1, size up to 100)")
    public SearchJson.Results search(@BeanParam SearchParams params) throws IOException {
        SearchInput input = params.input(locale.msg(), locale.bundle(SearchMsg.class), true);
        return SearchJson.Results.from(search.search(input, currentUser.isLoggedIn()));
    }

    @POST
    @Path("/documents/{id}/retry")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Read a document's text again (after a failure, or once Tesseract is installed); 202")
    public Response retry(@PathParam("id") long id) throws SQLException {
        ExtractionStatus before = search.retry(id).orElseThrow(
                () -> new NotFoundException(locale.bundle(SearchMsg.class).v_document_missing()));
        String now = before.retriable() ? ExtractionStatus.PENDING.name() : before.name();
        return Response.accepted(new SearchJson.Retry(id, now, before.name())).build();
    }
}
