package fr.vigie.mail;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.account.CurrentUser;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;
import io.quarkus.security.Authenticated;

/** JSON API of the logged-in user's own reminder e-mails: settings, and "remind me on..." dates per request. */
@Path("/api/v1/mail/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ReminderResource {

    /** The settings (never the unsubscribe secret, which only travels in the e-mails). */
    public record SettingsJson(String email, boolean digest, int hour, String language) {
        static SettingsJson of(ReminderSettings s) {
            return s == null ? null : new SettingsJson(s.email, s.digest, s.digestHour, s.language);
        }
    }

    /** A reminder: its request, its day, the note, and whether it was queued (sent). */
    public record ReminderJson(long id, long requestId, LocalDate date, String note, boolean sent) {
        static ReminderJson of(RequestReminder r) {
            return new ReminderJson(r.id, r.requestId, r.remindOn, r.note, r.queuedAt != null);
        }
    }

    /** The user's settings (null until saved) and reminders to come. */
    public record Overview(SettingsJson settings, List<ReminderJson> reminders) {
    }

    /** A reminder to add. */
    public record AddBody(Long requestId, String date, String note) {
    }

    @Inject
    Reminders reminders;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @Operation(summary = "Your reminder settings (null until saved) and your reminders to come")
    public Overview get() {
        long me = currentUser.id();
        return new Overview(SettingsJson.of(reminders.settings(me)), reminders.pending(me).stream().map(ReminderJson::of).toList());
    }

    @PUT
    @Operation(summary = "Save your reminder settings: email, digest (daily, yes/no), hour (0-23, Paris time), language (fr, en)")
    public SettingsJson save(Reminders.SettingsForm body) {
        if (body == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        return SettingsJson.of(reminders.save(currentUser.id(), body));
    }

    @POST
    @Operation(summary = "Remind me on a date (YYYY-MM-DD, today or later) of a request: one e-mail that day; 201")
    public Response add(AddBody body) {
        if (body == null) {
            throw InvalidInputException.malformed("body", locale.msg().v_required());
        }
        if (body.requestId() == null) {
            throw fr.vigie.app.Refusal.invalid("requestId", fr.vigie.app.FormCode.REQUIRED);
        }
        RequestReminder r = reminders.add(body.requestId(), currentUser.id(), new Reminders.ReminderForm(body.date(), body.note()));
        return Response.status(201).entity(ReminderJson.of(r)).build();
    }

    @DELETE
    @Path("/{rid}")
    @Operation(summary = "Delete one of your reminders not yet sent; 204")
    public Response delete(@PathParam("rid") long rid) {
        reminders.delete(currentUser.id(), rid);
        return Response.noContent().build();
    }
}
