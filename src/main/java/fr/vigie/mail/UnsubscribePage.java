package fr.vigie.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The unsubscribe link of reminder e-mails, without login. Opening it only shows a button (mail scanners open
 * links); the click stops the digest. The page never shows whose settings they are, and a wrong token gets the
 * same 404 whatever it looks like.
 */
@Path("/mail/unsubscribe/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(String token, boolean known, boolean done);
    }

    @Inject
    Reminders reminders;

    @GET
    public Response page(@PathParam("token") String token) {
        boolean known = reminders.knows(token);
        return Response.status(known ? 200 : 404).entity(Templates.unsubscribe(known ? token : null, known, false)).build();
    }

    @POST
    public Response unsubscribe(@PathParam("token") String token) {
        boolean done = reminders.unsubscribe(token);
        return Response.status(done ? 200 : 404).entity(Templates.unsubscribe(null, done, done)).build();
    }
}
