package fr.vigie.letter;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import fr.vigie.account.CurrentUser;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;
import io.quarkus.security.Authenticated;

/** JSON API of a request's letters: the ones allowed now, their prefilled text and PDF, kept letters. */
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class LetterResource {

    /**
     * A letter to keep: its kind, the edited text, the identity that signs it (default: the caller's default);
     * with {@code sentOn}, it is also marked sent in the same step ({@code version} then guards the request).
     */
    public record KeepBody(String kind, String text, Long identityId, String channel, String sentOn, Long version) {
    }

    /** The day a kept letter was sent (default: today); {@code version} guards the request. */
    public record SentBody(String date, Long version) {
    }

    @Inject
    LetterService letters;

    @Inject
    LetterSendings sendings;


    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @Path("/{id}/letters")
    @Operation(summary = "The letters the law allows now for this request, each with from when and until when")
    public List<LetterJson.Allowed> allowed(@PathParam("id") long id) {
        LetterMsg msg = locale.bundle(LetterMsg.class);
        return letters.windows(id).stream().filter(LetterWindow::isOpen).map(w -> LetterJson.Allowed.of(w, msg)).toList();
    }

    @GET
    @Path("/{id}/letters/{kind}")
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "The letter prefilled for this request (text/plain, UTF-8); 404 unknown kind, 422 a kind the regime does not have")
    public String text(@PathParam("id") long id, @PathParam("kind") String kind, @QueryParam("identityId") String identityId,
            @QueryParam("channel") String channel) {
        return draft(id, kind, identityId, channel).text();
    }

    @GET
    @Path("/{id}/letters/{kind}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The letter prefilled for this request, as a PDF")
    public Response pdf(@PathParam("id") long id, @PathParam("kind") String kind, @QueryParam("identityId") String identityId,
            @QueryParam("channel") String channel) {
        return Downloads.pdf(draft(id, kind, identityId, channel));
    }

    @POST
    @Path("/{id}/letters")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Keep a letter with its exact text (and, with sentOn, mark it sent in the same step); 201 with the kept letter")
    public Response keep(@PathParam("id") long id, KeepBody body) {
        if (body == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        LetterService.KeepInput input = new LetterService.KeepInput(body.kind(), body.text(),
                body.identityId() == null ? null : body.identityId().toString(), body.channel());
        KeptLetter kept = body.sentOn() == null || body.sentOn().isBlank() ? letters.keep(id, input, currentUser.id())
                : sendings.keepAndSend(id, input, body.sentOn(), currentUser.id(), body.version());
        return Response.created(URI.create("/api/v1/requests/" + id + "/kept-letters/" + kept.id))
                .entity(json(letters.keptLetter(id, kept.id))).build();
    }

    @GET
    @Path("/{id}/kept-letters")
    @Operation(summary = "The letters kept for this request, oldest first")
    public List<LetterJson.Kept> kept(@PathParam("id") long id) {
        return letters.kept(id).stream().map(this::json).toList();
    }

    @GET
    @Path("/{id}/kept-letters/{letterId}")
    @Operation(summary = "One kept letter")
    public LetterJson.Kept keptOne(@PathParam("id") long id, @PathParam("letterId") long letterId) {
        return json(letters.keptLetter(id, letterId));
    }

    @GET
    @Path("/{id}/kept-letters/{letterId}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A kept letter as a PDF, exactly as kept")
    public Response keptPdf(@PathParam("id") long id, @PathParam("letterId") long letterId) {
        return Downloads.pdf(letters.keptLetter(id, letterId));
    }

    @POST
    @Path("/{id}/kept-letters/{letterId}/sent")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Mark a kept letter sent: records its event with the PDF attached (every request of a grouped referral); 201")
    public Response sent(@PathParam("id") long id, @PathParam("letterId") long letterId, SentBody body) {
        SentBody b = body == null ? new SentBody(null, null) : body;
        List<Long> events = sendings.markSent(id, letterId, b.date(), currentUser.id(), b.version());
        return Response.status(201).entity(Map.of("letterId", letterId, "eventIds", events)).build();
    }

    private LetterDraft draft(long id, String kind, String identityId, String channel) {
        return letters.prepare(id, kind, LetterParams.identityId(identityId, locale), LetterParams.channel(channel, locale),
                currentUser.id());
    }

    private LetterJson.Kept json(KeptLetter letter) {
        return LetterJson.Kept.of(letter, locale.bundle(LetterMsg.class));
    }
}
