package fr.vigie.publicbody;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldError;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.NotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * CSV import (upload, preview, confirm), CSV export, and loading the BriefCam reference set.
 * The preview carries the file's text in a hidden field, so the confirmation needs no server-side state.
 */
@Path("/bodies")
@Produces(MediaType.TEXT_HTML)
public class BodyImportPages {

    /** How long the confirmation waits for the import before showing its progress instead. */
    static final java.time.Duration CONFIRM_WAIT = java.time.Duration.ofSeconds(10);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(List<FieldError> errors);

        static native TemplateInstance preview(BodyImportService.Preview preview, String csv);

        static native TemplateInstance done(String message);

        static native TemplateInstance reference(String message, ReferenceBodies.Loaded loaded);

        static native TemplateInstance progress(int written, int total);
    }

    @Inject
    BodyImportService imports;

    @Inject
    PublicBodyService bodies;

    @Inject
    ReferenceBodies reference;

    @Inject
    BodyImportJobs jobs;

    @Inject
    CurrentLocale locale;

    @GET
    @Path("/import")
    @RolesAllowed("EDITOR")
    public TemplateInstance uploadForm() {
        return Templates.upload(List.of());
    }

    @POST
    @Path("/import")
    @RolesAllowed("EDITOR")
    public Response preview(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            return Response.status(400).entity(Templates.upload(List.of(new FieldError("file", locale.msg().v_required())))).build();
        }
        if (file.size() > BodyImportService.MAX_BYTES) {
            return Response.status(413).entity(Templates.upload(List.of(new FieldError("file",
                    locale.msg().v_file_too_large(BodyImportService.MAX_BYTES / 1024 / 1024))))).build();
        }
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        BodyImportService.Preview preview = imports.preview(locale.msg(), bytes);
        if (preview.errors().stream().anyMatch(e -> e.field().equals("file"))) {
            return Response.status(422).entity(Templates.upload(preview.errors())).build();
        }
        int status = preview.errors().isEmpty() ? 200 : 422;
        return Response.status(status).entity(Templates.preview(preview, new String(bytes, StandardCharsets.UTF_8))).build();
    }

    /**
     * Imports on a thread of its own; answers with the outcome when it comes within {@link #CONFIRM_WAIT}, else
     * sends the user to the page that follows the import.
     */
    @POST
    @Path("/import/confirm")
    @RolesAllowed("EDITOR")
    public Response confirm(@RestForm String csv) {
        byte[] bytes = csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8);
        BodyImportJobs.Job job = jobs.start(locale.msg(), bytes);
        if (job.await(CONFIRM_WAIT)) {
            return outcome(job);
        }
        return Response.seeOther(URI.create("/bodies/import/jobs/" + job.id())).build();
    }

    /** An import in progress (the page reloads itself every two seconds, no script), then its outcome. */
    @GET
    @Path("/import/jobs/{id}")
    @RolesAllowed("EDITOR")
    public Response job(@PathParam("id") String id) {
        BodyImportJobs.Job job = jobs.find(id);
        if (job == null) {
            throw new NotFoundException(locale.msg().error_notfound_detail());
        }
        if (!job.finished()) {
            return Response.ok(Templates.progress(job.written(), job.total())).build();
        }
        return outcome(job);
    }

    private Response outcome(BodyImportJobs.Job job) {
        try {
            BodyImportService.Result result = job.result();
            return Response.ok(Templates.done(locale.bundle(BodyMsg.class).import_done(result.created(), result.skipped()))).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.upload(e.errors())).build();
        }
    }

    @POST
    @Path("/reference")
    @RolesAllowed("ADMIN")
    public TemplateInstance loadReference() {
        ReferenceBodies.Loaded loaded = reference.load(locale.msg());
        return Templates.reference(locale.bundle(BodyMsg.class).reference_loaded(loaded.created(), loaded.present()), loaded);
    }

    @GET
    @Path("/export.csv")
    @Authenticated
    @Produces("text/csv")
    public Response export(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("departement") String departement) {
        String csv = BodyCsv.write(bodies.searchAll(BodySearch.parse(locale.msg(), q, kind, departement, null, null)));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organismes.csv\"").build();
    }
}
