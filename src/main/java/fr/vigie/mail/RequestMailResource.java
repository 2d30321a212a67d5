package fr.vigie.mail;

import java.util.List;

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

/** JSON API of a request's mail: send, list, confirm the meaning of an answer. */
@Path("/api/v1/requests/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class RequestMailResource {

    /** A message to send: to, subject, text, and optionally a kept letter attached as PDF. */
    public record SendBody(String to, String subject, String text, Long letterId) {
    }

    /** The meaning of a received message, as the event to record (date: the message's day when left out). */
    public record ConfirmBody(String type, String date, String note, String channel, Boolean acknowledged, Long toBodyId,
            String outcome, String avis, String caseNumber, Boolean remediesStated) {

        fr.vigie.request.EventForm toForm() {
            return new fr.vigie.request.EventForm(type, date, note, channel, acknowledged == null ? null : acknowledged.toString(),
                    toBodyId == null ? null : String.valueOf(toBodyId), outcome, avis, caseNumber,
                    remediesStated == null ? null : remediesStated.toString());
        }
    }

    @Inject
    MailOutbox outbox;

    @Inject
    MailReader reader;

    @Inject
    MailInbox inbox;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @POST
        @RolesAllowed("EDITOR")
    @Operation(summary = "Send an e-mail from the request (with a kept letter as PDF): queued in the outbox, sent after commit; 202")
    public Response send(@PathParam("id") long id, SendBody body) {
        if (body == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        MailMessage m = outbox.enqueue(id, new MailOutbox.Draft(body.to(), body.subject(), body.text(), body.letterId()),
                currentUser.id());
        return Response.accepted(new MailJson.Queued(m.id, m.status.name(), m.messageId)).build();
    }

    @GET
        @Operation(summary = "The request's mail, in and out, oldest first")
    public List<MailJson.Message> ofRequest(@PathParam("id") long id) {
        return reader.ofRequest(id).stream().map(m -> MailJson.Message.of(m, true)).toList();
    }


    @POST
    @Path("/{mid}/confirm")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Confirm (or correct) the meaning of a received message: records its event at the message's date, "
            + "with its attachments; 201 with the event")
    public Response confirm(@PathParam("id") long id, @PathParam("mid") long mid, ConfirmBody body) {
        if (body == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        fr.vigie.request.RequestEvent event = inbox.confirm(id, mid, body.toForm(), currentUser.id());
        return Response.status(201).entity(java.util.Map.of("id", event.id, "type", event.type.name(), "date",
                event.date.toString(), "messageId", mid)).build();
    }
}
