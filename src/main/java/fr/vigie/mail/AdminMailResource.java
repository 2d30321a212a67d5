package fr.vigie.mail;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.app.Refusal;

/** Reading the mailbox now, for an administrator. */
@Path("/api/v1/admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminMailResource {

    @Inject
    MailPoller poller;

    @Inject
    MailSettings settings;

    @POST
    @Path("/poll")
    @Operation(summary = "Read the mailbox now (on a worker thread); 202, 422 when receiving is not configured")
    public Response poll() {
        if (!settings.canReceive()) {
            throw Refusal.invalid("imap", MailCode.NOT_CONFIGURED);
        }
        poller.pollSoon();
        return Response.accepted(Map.of("polling", true)).build();
    }
}
