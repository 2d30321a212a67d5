package fr.vigie.mail;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

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

import fr.vigie.account.CurrentUser;
import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The logged-in user's reminder e-mails as a page: settings, reminders to come, and adding one from a request. */
@Path("/mail/reminders")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReminderPages {

    /** The settings form as typed (or as saved). */
    public record Form(String email, boolean digest, String hour, String language) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminders(Form form, List<String> hours, List<Reminders.Pending> pending, boolean canSend,
                String done, FormErrors errors);
    }

    @Inject
    Reminders reminders;

    @Inject
    MailSettings settings;

    @Inject
    Violations violations;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        ReminderSettings s = reminders.settings(currentUser.id());
        Form form = s == null ? new Form(null, false, String.valueOf(Reminders.DEFAULT_HOUR), "fr")
                : new Form(s.email, s.digest, String.valueOf(s.digestHour), s.language);
        return page(form, done == null || !done.matches("saved|added|deleted") ? null : done, FormErrors.NONE);
    }

    @POST
    public Response save(@RestForm String email, @RestForm String digest, @RestForm String hour, @RestForm String language) {
        Form form = new Form(email, "true".equals(digest), hour, language);
        try {
            Integer h = hour == null || hour.isBlank() ? null : hour.strip().matches("[0-9]{1,2}") ? Integer.valueOf(hour.strip()) : -1;
            reminders.save(currentUser.id(), new Reminders.SettingsForm(email, "true".equals(digest), h, language));
            return Response.seeOther(URI.create("/mail/reminders?done=saved")).build();
        } catch (Refusal e) {
            return Response.status(e.kind().status()).entity(page(form, null, violations.of(e))).build();
        }
    }

    /** "Remind me on...", posted from a request's mail page. */
    @POST
    @Path("/add")
    public Response add(@RestForm String requestId, @RestForm String date, @RestForm String note) {
        try {
            if (requestId == null || !requestId.strip().matches("[0-9]{1,18}")) {
                throw Refusal.invalid("requestId", requestId == null || requestId.isBlank() ? FormCode.REQUIRED : FormCode.NOT_AN_ID);
            }
            reminders.add(Long.parseLong(requestId.strip()), currentUser.id(), new Reminders.ReminderForm(date, note));
            return Response.seeOther(URI.create("/mail/reminders?done=added")).build();
        } catch (Refusal e) {
            ReminderSettings s = reminders.settings(currentUser.id());
            Form form = s == null ? new Form(null, false, String.valueOf(Reminders.DEFAULT_HOUR), "fr")
                    : new Form(s.email, s.digest, String.valueOf(s.digestHour), s.language);
            return Response.status(e.kind().status()).entity(page(form, null, violations.of(e))).build();
        }
    }

    @POST
    @Path("/{rid}/delete")
    public Response delete(@PathParam("rid") long rid) {
        reminders.delete(currentUser.id(), rid); // 404 for another user's
        return Response.seeOther(URI.create("/mail/reminders?done=deleted")).build();
    }

    private TemplateInstance page(Form form, String done, FormErrors errors) {
        return Templates.reminders(form, IntStream.range(0, 24).mapToObj(String::valueOf).toList(), reminders.pendingWithTitles(currentUser.id()),
                settings.canSend(), done, errors);
    }
}
