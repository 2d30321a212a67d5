package fr.vigie.request.web;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import fr.vigie.request.document.DocumentStore;
import io.quarkus.security.Authenticated;

/** The download link of the request page (login required, like the page itself). */
@Path("/requests/{id}/documents/{docId}")
@Authenticated
public class DocumentPages {

    @Inject
    DocumentStore documents;

    @GET
    @Transactional
    public Response download(@PathParam("id") long id, @PathParam("docId") long docId) {
        return Downloads.of(documents.download(id, docId));
    }
}
