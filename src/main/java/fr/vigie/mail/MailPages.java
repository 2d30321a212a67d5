package fr.vigie.mail;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import fr.vigie.account.CurrentUser;
import fr.vigie.app.Refusal;
import fr.vigie.letter.KeptLetter;
import fr.vigie.letter.LetterSending;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.EventForm;
import fr.vigie.request.RequestReader;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** A request's correspondence as a page: its mail in and out, "send by e-mail", confirming what an answer means. */
@Path("/requests/{id}/mail")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MailPages {

    /** The send form as typed. */
    public record SendForm(String to, String subject, String text, String letterId) {
    }

    /** A kept letter that may go with the message. */
    public record LetterChoice(long id, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(AccessRequest request, List<MailView> messages, boolean canSend, boolean editor,
                SendForm form, List<LetterChoice> letters, List<String> types, List<String> outcomes, Long queued,
                FormErrors errors);
    }

    @Inject
    RequestReader requests;

    @Inject
    MailReader reader;

    @Inject
    MailOutbox outbox;

    @Inject
    MailInbox inbox;

    @Inject
    MailSettings settings;

    @Inject
    Violations violations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("queued") String queued, @QueryParam("letterId") String letterId) {
        AccessRequest request = requests.get(id);
        SendForm form = new SendForm(request.body.email, request.title, null, letterId);
        Long q = queued != null && queued.strip().matches("[0-9]{1,18}") ? Long.valueOf(queued.strip()) : null;
        return page(request, form, q, FormErrors.NONE);
    }

    @POST
    @RolesAllowed("EDITOR")
    public Response send(@PathParam("id") long id, @RestForm String to, @RestForm String subject, @RestForm String text,
            @RestForm String letterId) {
        SendForm form = new SendForm(to, subject, text, letterId);
        try {
            Long letter = letterId == null || letterId.isBlank() ? null : parseId(letterId);
            MailMessage m = outbox.enqueue(id, new MailOutbox.Draft(to, subject, text, letter), currentUser.id());
            return Response.seeOther(URI.create("/requests/" + id + "/mail?queued=" + m.id)).build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND && !"letterId".equals(e.violations().get(0).field())) {
                throw e;
            }
            return Response.status(e.kind() == Refusal.Kind.NOT_FOUND ? 422 : e.kind().status())
                    .entity(page(requests.get(id), form, null, violations.of(e))).build();
        }
    }

    @POST
    @Path("/{mid}/confirm")
    @RolesAllowed("EDITOR")
    public Response confirm(@PathParam("id") long id, @PathParam("mid") long mid, @BeanParam EventForm posted) {
        try {
            inbox.confirm(id, mid, posted, currentUser.id());
            return Response.seeOther(URI.create("/requests/" + id + "/mail#mail-" + mid)).build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            AccessRequest request = requests.get(id);
            return Response.status(e.kind().status()).entity(page(request, new SendForm(request.body.email, request.title, null,
                    null), null, violations.of(e))).build();
        }
    }

    private TemplateInstance page(AccessRequest request, SendForm form, Long queued, FormErrors errors) {
        Locale ui = locale.get();
        List<MailView> messages = reader.ofRequest(request.id).stream().map(m -> MailView.of(m, ui)).toList();
        List<LetterChoice> letters = reader.letters(request.id).stream()
                .map(l -> new LetterChoice(l.id, l.kind.name() + " · " + l.letterDate, String.valueOf(l.id).equals(form.letterId())))
                .toList();
        List<String> types = List.of("RECEIVED", "ANSWER", "DOCUMENTS_RECEIVED", "CLARIFICATION_ASKED", "EXTENSION_NOTIFIED",
                "TRANSFERRED", "CADA_REGISTERED", "CADA_AVIS", "DECISION_AFTER_AVIS", "REASONS_GIVEN", "RECOURS_GRACIEUX_REJECTED");
        return Templates.request(request, messages, settings.canSend(), currentUser.isEditor(), form, letters, types,
                java.util.Arrays.stream(Outcome.values()).map(Enum::name).toList(), queued, errors);
    }

    private static Long parseId(String value) {
        if (!value.strip().matches("[0-9]{1,18}")) {
            throw Refusal.invalid("letterId", fr.vigie.app.FormCode.NOT_AN_ID);
        }
        return Long.valueOf(value.strip());
    }
}
