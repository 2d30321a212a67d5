package fr.vigie.request;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

import fr.vigie.account.CurrentUser;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.app.VigieConfig;
import fr.vigie.request.document.DocumentService;
import fr.vigie.request.document.Upload;
import fr.vigie.request.timeline.Avis;
import fr.vigie.request.timeline.EventInput;
import fr.vigie.request.timeline.Outcome;
import fr.vigie.request.timeline.RequestEventType;
import fr.vigie.app.AppClock;
import fr.vigie.web.ConflictException;
import fr.vigie.web.FieldError;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Recording what happened to a request: one form for every kind of event, and deletion. */
@Path("/requests/{id}/events")
@RolesAllowed("EDITOR")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance eventForm(AccessRequest request, EventInput form, List<RequestEventType> types,
                List<SendingChannel> channels, List<Outcome> outcomes, List<Avis> avis, List<PublicBody> bodies,
                FormErrors errors, long maxFileMegabytes);
    }

    @Inject
    RequestService requests;

    @Inject
    DocumentService documents;

    @Inject
    VigieConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppClock clock;

    @GET
    @Path("/new")
    @Transactional
    public TemplateInstance newEvent(@PathParam("id") long id, @QueryParam("type") String type) {
        AccessRequest request = requests.get(id);
        EventInput form = new EventInput(type, clock.today().toString(), "", request.channel.name(), "", "", "", "", "");
        return page(request, form, FormErrors.NONE);
    }

    @POST
    public Response record(@PathParam("id") long id, @RestForm String version, @RestForm String type,
            @RestForm String date, @RestForm String note, @RestForm String channel, @RestForm String acknowledged,
            @RestForm String toBodyId, @RestForm String outcome, @RestForm String avis, @RestForm String caseNumber,
            @RestForm("attachments") List<FileUpload> attachments) {
        EventInput form = new EventInput(type, date, note, channel, acknowledged == null ? "false" : acknowledged,
                toBodyId, outcome, avis, caseNumber);
        try {
            documents.recordEvent(id, form, Upload.chosen(attachments), currentUser.id(), RequestPages.parseId(version));
            return Response.seeOther(URI.create("/requests/" + id + "#timeline")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(requests.get(id), form, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(page(requests.get(id), form,
                    new FormErrors(List.of(new FieldError("version", e.getMessage()))))).build();
        }
    }

    @POST
    @Path("/{eventId}/delete")
    public Response delete(@PathParam("id") long id, @PathParam("eventId") long eventId) {
        requests.deleteEvent(id, eventId, currentUser.id(), null);
        return Response.seeOther(URI.create("/requests/" + id + "#timeline")).build();
    }

    @Transactional
    TemplateInstance page(AccessRequest request, EventInput form, FormErrors errors) {
        List<RequestEventType> types = java.util.Arrays.stream(RequestEventType.values())
                .filter(t -> t.appliesTo(request.regime)).toList();
        return Templates.eventForm(request, form, types, List.of(SendingChannel.values()), List.of(Outcome.values()),
                List.of(Avis.values()), PublicBody.list("order by name"), errors,
                config.documents().maxSize().asLongValue() / 1024 / 1024);
    }
}
