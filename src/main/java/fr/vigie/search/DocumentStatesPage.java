package fr.vigie.search;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import fr.vigie.search.extract.ExtractionStatus;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.NotFoundException;
import fr.vigie.web.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The documents whose text was not read (scans without OCR, failures, files too large), and reading them again. */
@Path("/search/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentStatesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance documents(Page<DocumentStates.Row> result, String status,
                List<ExtractionStatus> statuses, Long retried, FormErrors errors);
    }

    @Inject
    DocumentStates states;

    @Inject
    SearchService search;

    @Inject
    CurrentLocale locale;

    @GET
    @Authenticated
    public Response list(@RestQuery String status, @RestQuery String page, @RestQuery String retried) throws SQLException {
        FieldChecks checks = new FieldChecks(locale.msg());
        ExtractionStatus chosen = checks.oneOf("status", status, ExtractionStatus.class, false);
        long p = checks.positive("page", page, 1, 100_000);
        long done = checks.positive("retried", retried, 0, Long.MAX_VALUE);
        List<ExtractionStatus> statuses = List.of(ExtractionStatus.values());
        try {
            checks.throwIfAny();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.documents(states.list(null, 1, Page.DEFAULT_SIZE), null,
                    statuses, null, new FormErrors(e.errors()))).build();
        }
        return Response.ok(Templates.documents(states.list(chosen, (int) p, Page.DEFAULT_SIZE),
                chosen == null ? null : chosen.name(), statuses, done == 0 ? null : done, FormErrors.NONE)).build();
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed("EDITOR")
    public Response retry(@PathParam("id") long id) throws SQLException {
        search.retry(id).orElseThrow(() -> new NotFoundException(locale.bundle(SearchMsg.class).v_document_missing()));
        return Response.seeOther(URI.create("/search/documents?retried=" + id)).build();
    }
}
