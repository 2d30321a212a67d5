package fr.vigie.calculator;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Problem;

/** Public JSON preview of the deadline engine: no login, nothing saved. */
@Path("/api/v1/deadlines")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class DeadlinePreviewResource {

    @Inject
    DeadlinePreviewer previewer;

    @Inject
    CurrentLocale locale;

    @POST
    @Path("/preview")
    @Operation(summary = "Compute the deadline chain of a procedure",
            description = "Every deadline that follows from the known events, with who must act, the legal basis, "
                    + "the explanation (skipped days and why) and later dates worth knowing. Texts are in French, "
                    + "or in English with Accept-Language: en. No login; nothing is saved.")
    @APIResponse(responseCode = "200", description = "The chain, in the order of the procedure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlinePreview.class)))
    @APIResponse(responseCode = "400", description = "Empty body, malformed JSON or a value of the wrong JSON type; errors[].field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A value the engine cannot compute from (unknown regime, impossible date, "
            + "events in an impossible order...); errors[].field names it and errors[].message says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlinePreview preview(PreviewRequest request) {
        if (request == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        return previewer.preview(request);
    }
}
