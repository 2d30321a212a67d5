package fr.vigie.request.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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
import fr.vigie.app.AppClock;
import fr.vigie.app.Refusal;
import fr.vigie.app.VigieConfig;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.EventForm;
import fr.vigie.request.RequestReader;
import fr.vigie.request.RequestService;
import fr.vigie.request.document.Upload;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.RequestEventType;
import fr.vigie.request.procedure.SendingChannel;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Recording what happened to a request: one form for every kind of event, and deletion. */
@Path("/requests/{id}/events")
@RolesAllowed("EDITOR")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance eventForm(AccessRequest request, EventForm form, List<RequestEventType> types,
                List<SendingChannel> channels, List<Outcome> outcomes, List<Avis> avis, List<PublicBody> bodies,
                FormErrors errors, long maxFileMegabytes);
    }

    @Inject
    RequestService requests;

    @Inject
    RequestReader reader;

    @Inject
    VigieConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppClock clock;

    @Inject
    Violations violations;

    @GET
    @Path("/new")
    @Transactional
    public TemplateInstance newEvent(@PathParam("id") long id, @QueryParam("type") String type) {
        AccessRequest request = reader.get(id);
        EventForm form = new EventForm(type, clock.today().toString(), null, request.channel.name(), null, null, null, null, null,
                null);
        return page(request, form, FormErrors.NONE);
    }

    /** Not transactional itself: a refused event must not leave this method's transaction marked for rollback. */
    @POST
    public Response record(@PathParam("id") long id, @RestForm String version, @BeanParam EventForm posted,
            @RestForm("attachments") List<FileUpload> attachments) {
        // an unticked box is not sent at all: here it means "no acknowledgement"
        EventForm form = posted.acknowledged() != null ? posted : new EventForm(posted.type(), posted.date(), posted.note(),
                posted.channel(), "false", posted.toBodyId(), posted.outcome(), posted.avis(), posted.caseNumber(),
                posted.remediesStated());
        try {
            requests.addEvent(id, form, Upload.chosen(attachments), currentUser.id(), Versions.optional(version));
            return Response.seeOther(URI.create("/requests/" + id + "#timeline")).build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND && "id".equals(e.violations().get(0).field())) {
                throw e;
            }
            return Response.status(e.kind().status()).entity(page(reader.get(id), form, violations.of(e))).build();
        }
    }

    @POST
    @Path("/{eventId}/delete")
    public Response delete(@PathParam("id") long id, @PathParam("eventId") long eventId) {
        requests.deleteEvent(id, eventId, currentUser.id(), null);
        return Response.seeOther(URI.create("/requests/" + id + "#timeline")).build();
    }

    @Transactional
    TemplateInstance page(AccessRequest request, EventForm form, FormErrors errors) {
        List<RequestEventType> types = Arrays.stream(RequestEventType.values()).filter(t -> t.appliesTo(request.regime)).toList();
        return Templates.eventForm(request, form, types, List.of(SendingChannel.values()), List.of(Outcome.values()),
                List.of(Avis.values()), PublicBody.list("order by name"), errors,
                config.documents().maxSize().asLongValue() / 1024 / 1024);
    }
}
