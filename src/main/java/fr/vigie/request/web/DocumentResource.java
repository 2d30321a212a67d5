package fr.vigie.request.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.vigie.account.CurrentUser;
import fr.vigie.request.RequestReader;
import fr.vigie.request.RequestService;
import fr.vigie.request.document.DocumentStore;
import fr.vigie.request.document.RequestDocument;
import fr.vigie.request.document.Upload;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Page;
import io.quarkus.security.Authenticated;

/** JSON API of a request's documents. Reading and downloading need a login (even for PUBLIC requests), uploading EDITOR. */
@Path("/api/v1/requests/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DocumentResource {

    @Inject
    RequestService requests;

    @Inject
    RequestReader reader;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("EDITOR")
    @Operation(summary = "Attach a file (part 'file', optional 'eventId'); 201, 413 if too large, 422 if empty, "
            + "disguised (extension contradicts content) or a web page, script or program. Like every multipart POST "
            + "it needs the CSRF double submit: the vigie-csrf cookie of an earlier GET echoed in X-CSRF-TOKEN")
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm String eventId) {
        FieldChecks checks = new FieldChecks(locale.msg());
        Long event = eventId == null || eventId.isBlank() ? null : checks.positive("eventId", eventId, 0, Long.MAX_VALUE);
        checks.throwIfAny();
        RequestDocument stored = requests.attach(id, event, Upload.of(file), currentUser.id());
        return Response.created(URI.create("/api/v1/requests/" + id + "/documents/" + stored.id))
                .entity(DocumentJson.from(stored)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The request's documents (metadata), oldest first")
    public Page<DocumentJson> list(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        FieldChecks checks = new FieldChecks(locale.msg());
        int p = (int) checks.positive("page", page, 1, 100_000);
        int s = (int) checks.positive("size", size, Page.DEFAULT_SIZE, Page.MAX_SIZE);
        checks.throwIfAny();
        reader.get(id);
        return documents.page(id, p, s).map(DocumentJson::from);
    }

    @GET
    @Path("/{docId}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    @Operation(summary = "Download a document: always as an attachment, with the type detected at upload")
    public Response download(@PathParam("id") long id, @PathParam("docId") long docId) {
        return Downloads.of(documents.download(id, docId));
    }
}
