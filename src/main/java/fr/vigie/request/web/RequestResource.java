package fr.vigie.request.web;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

import fr.vigie.account.CurrentUser;
import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.EventForm;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.RequestForm;
import fr.vigie.request.RequestReader;
import fr.vigie.request.RequestService;
import fr.vigie.request.Visibility;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.Page;
import io.quarkus.security.Authenticated;

/** JSON API of requests and their timelines. Reads need a login, writes the EDITOR role. */
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class RequestResource {

    /** A request's fields as JSON; {@code version} is required on update. */
    public record RequestBody(String title, String text, String regime, Long bodyId, String channel, String visibility,
            List<String> tags, String bodyReference, String cadaCaseNumber, String courtCaseNumber, Long identityId,
            String requesterResidence, Long version) {

        RequestForm toForm() {
            return new RequestForm(title, text, regime, bodyId == null ? null : String.valueOf(bodyId), channel,
                    visibility, tags, bodyReference, cadaCaseNumber, courtCaseNumber,
                    identityId == null ? null : String.valueOf(identityId), requesterResidence);
        }
    }

    /** An event as JSON; {@code version} (optional) guards against recording on a request changed meanwhile. */
    public record EventBody(String type, String date, String note, String channel, Boolean acknowledged, Long toBodyId,
            String outcome, String avis, String caseNumber, Boolean remediesStated, Long version) {

        EventForm toForm() {
            return new EventForm(type, date, note, channel, acknowledged == null ? null : acknowledged.toString(),
                    toBodyId == null ? null : String.valueOf(toBodyId), outcome, avis, caseNumber,
                    remediesStated == null ? null : remediesStated.toString());
        }
    }

    @Inject
    RequestService requests;

    @Inject
    RequestReader reader;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @Transactional
    @Operation(summary = "List requests (filters: q, stage, bodyId, regime, owner, tag; sort: NEXT_ACTION, NEWEST, TITLE)")
    public Page<RequestJson.Summary> list(@QueryParam("q") String q, @QueryParam("stage") String stage,
            @QueryParam("bodyId") String bodyId, @QueryParam("regime") String regime, @QueryParam("owner") String owner,
            @QueryParam("tag") String tag, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return RequestSearch.parse(locale.msg(), q, stage, bodyId, regime, owner, tag, sort, page, size).run()
                .map(RequestJson.Summary::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Transactional
    @Operation(summary = "A request with its stage, deadlines (with explanations), next action and timeline; "
            + "without login only PUBLIC requests are visible (others are 404), without who recorded what")
    public RequestJson.Detail get(@PathParam("id") long id) {
        if (!currentUser.isLoggedIn()) {
            AccessRequest request = AccessRequest.findById(id);
            if (request == null || request.visibility != Visibility.PUBLIC) {
                throw Refusal.notFound("id");
            }
            return RequestJson.anonymous(detail(reader.get(id), null));
        }
        return detail(reader.get(id), null);
    }

    @POST
    @RolesAllowed("EDITOR")
    @Transactional
    @Operation(summary = "Create a request (a draft until a SENT event is recorded); 201 with its id")
    public Response create(RequestBody body) {
        RequestService.Saved created = requests.create(require(body).toForm(), currentUser.id());
        return Response.created(URI.create("/api/v1/requests/" + created.request().id))
                .entity(detail(created.request(), created.state())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("EDITOR")
    @Transactional
    @Operation(summary = "Update a request's fields; version is required and a stale one gives 409")
    public RequestJson.Detail update(@PathParam("id") long id, RequestBody body) {
        if (require(body).version() == null) {
            throw Refusal.invalid("version", FormCode.VERSION_REQUIRED);
        }
        RequestService.Saved saved = requests.update(id, body.toForm(), body.version());
        return detail(saved.request(), saved.state());
    }

    @POST
    @Path("/{id}/events")
    @RolesAllowed("EDITOR")
    @Transactional
    @Operation(summary = "Record an event (SENT, RECEIVED, ANSWER, CADA_REFERRAL_SENT...); 201, or 422 if it breaks the procedure")
    public Response addEvent(@PathParam("id") long id, EventBody body) {
        RequestEvent event = requests.addEvent(id, requireEvent(body).toForm(), List.of(), currentUser.id(), body.version());
        return Response.created(URI.create("/api/v1/requests/" + id + "/events/" + event.id))
                .entity(RequestJson.EventJson.of(event)).build();
    }

    @PUT
    @Path("/{id}/events/{eventId}")
    @RolesAllowed("EDITOR")
    @Transactional
    @Operation(summary = "Correct an event; the former version is kept in the audit trail")
    public RequestJson.EventJson correctEvent(@PathParam("id") long id, @PathParam("eventId") long eventId, EventBody body) {
        return RequestJson.EventJson.of(requests.correctEvent(id, eventId, requireEvent(body).toForm(), currentUser.id(),
                body.version()));
    }

    @DELETE
    @Path("/{id}/events/{eventId}")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Delete an event (kept in the audit trail); 422 if the timeline would break")
    public Response deleteEvent(@PathParam("id") long id, @PathParam("eventId") long eventId, @QueryParam("version") String version) {
        requests.deleteEvent(id, eventId, currentUser.id(), Versions.optional(version));
        return Response.noContent().build();
    }

    /** The detail answer; {@code state} when the write just folded it, else folded here once. */
    private RequestJson.Detail detail(AccessRequest r, ProcedureState state) {
        List<RequestEvent> timeline = reader.timeline(r);
        return RequestJson.detail(r, state != null ? state : reader.stateOf(r, timeline), timeline,
                locale.bundle(RequestMsg.class), locale.get());
    }

    private static RequestBody require(RequestBody body) {
        if (body == null) {
            throw Refusal.malformed("body", FormCode.REQUIRED);
        }
        return body;
    }

    private static EventBody requireEvent(EventBody body) {
        if (body == null) {
            throw Refusal.malformed("body", FormCode.REQUIRED);
        }
        return body;
    }
}
