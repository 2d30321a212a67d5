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

/** JSON API of the outbox and the inbox. */
@Path("/api/v1/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class MailResource {

    @Inject
    MailOutbox outbox;

    @Inject
    MailReader reader;

    @Inject
    MailInbox inbox;

    @Inject
    MailImport imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @Path("/outbox")
    @Operation(summary = "Messages sent or waiting to be sent, newest first, with their delivery status")
    public MailJson.Page outbox(@QueryParam("page") String page) {
        int p = MailReader.page(page);
        return new MailJson.Page(reader.outbox(p).stream().map(m -> MailJson.Message.of(m, false)).toList(), p,
                MailReader.PAGE_SIZE, reader.outboxCount());
    }

    @POST
    @Path("/outbox/{mid}/retry")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Send a failed or uncertain message again (409 once sent); 202")
    public Response retry(@PathParam("mid") long mid) {
        MailMessage m = outbox.retry(mid);
        return Response.accepted(new MailJson.Queued(m.id, m.status.name(), m.messageId)).build();
    }

    /** The request an unmatched message belongs to. */
    public record AssignBody(Long requestId) {
    }

    @GET
    @Path("/inbox")
    @Operation(summary = "Received messages matched to no request, newest first, with a hint when the sender's domain is a body's")
    public MailJson.Page inbox(@QueryParam("page") String page) {
        int p = MailReader.page(page);
        return new MailJson.Page(reader.inbox(p).stream().map(m -> MailJson.Message.of(m, true)).toList(), p,
                MailReader.PAGE_SIZE, reader.inboxCount());
    }

    @POST
    @Path("/inbox/{mid}/assign")
    @RolesAllowed("EDITOR")
    @Operation(summary = "File an unmatched message into a request (it then waits for its meaning to be confirmed)")
    public MailJson.Message assign(@PathParam("mid") long mid, AssignBody body) {
        if (body == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        return MailJson.Message.of(inbox.assign(mid, body.requestId()), false);
    }

    @POST
    @Path("/inbox/{mid}/discard")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Put an unmatched message aside")
    public MailJson.Message discard(@PathParam("mid") long mid) {
        return MailJson.Message.of(inbox.discard(mid), false);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("EDITOR")
    @Operation(summary = "Import past correspondence: one .eml or an mbox file (multipart part file), filed like received mail; 201")
    public Response importFile(@org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file)
            throws java.io.IOException {
        byte[] content = MailUploads.read(file, locale);
        List<Long> ids = imports.importFile(content);
        List<MailMessage> rows = reader.byIds(ids);
        long matched = rows.stream().filter(m -> m.status == MailStatus.MATCHED).count();
        return Response.status(201).entity(new MailJson.Imported(ids, (int) matched, (int) (rows.size() - matched))).build();
    }
}
