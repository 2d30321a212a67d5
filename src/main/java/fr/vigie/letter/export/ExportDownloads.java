package fr.vigie.letter.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.letter.Downloads;
import io.quarkus.security.Authenticated;

/**
 * The request's whole file as a ZIP, from its letters page and from the API (both read it as the caller may). Two
 * classes, since a path is routed to the resource classes whose own path matches it: the page's and the API's.
 */
public final class ExportDownloads {

    private ExportDownloads() {
    }

    static Response zip(RequestExport export, long id) {
        return Downloads.zip(export.zip(id), "demande-" + id + ".zip");
    }

    /** {@code /requests/{id}/export.zip}, beside the letters page. */
    @Path("/requests/{id}")
    @Authenticated
    public static class Page {

        @Inject
        RequestExport export;

        @GET
        @Path("/export.zip")
        @Produces("application/zip")
        public Response zip(@PathParam("id") long id) {
            return ExportDownloads.zip(export, id);
        }
    }

    /** {@code /api/v1/requests/{id}/export.zip}. */
    @Path("/api/v1/requests")
    @Authenticated
    public static class Api {

        @Inject
        RequestExport export;

        @GET
        @Path("/{id}/export.zip")
        @Produces("application/zip")
        @Operation(summary = "The request's file: PDF summary, kept letters as PDF, documents, manifest with SHA-256")
        public Response zip(@PathParam("id") long id) {
            return ExportDownloads.zip(export, id);
        }
    }
}
