package fr.vigie.letter;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
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
import fr.vigie.deadline.period.DateText;
import fr.vigie.letter.identity.IdentityLabels;
import fr.vigie.letter.identity.IdentityMsg;
import fr.vigie.letter.identity.IdentityService;
import fr.vigie.letter.identity.RequesterIdentity;
import fr.vigie.app.Refusal;
import fr.vigie.web.ConflictException;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldError;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The letters of a request, as pages: the list with from/until, the edit-then-keep form, PDF downloads (the export: {@code ExportDownloads}). */
@Path("/requests/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class LetterPages {

    /** One letter of the regime in the list. */
    public record Row(String kind, String label, String from, String until, String timing, String reason, boolean open) {

        static Row of(LetterWindow w, LetterMsg msg, Locale ui) {
            return new Row(w.kind().name(), LetterLabels.kind(msg, w.kind()), date(w.from(), ui), date(w.actBy(), ui),
                    LetterLabels.timing(msg, w.timing()),
                    w.reason() == null ? "" : LetterLabels.reason(msg, w.reason(), date(w.reasonDate(), ui)), w.isOpen());
        }
    }

    /** One kept letter in the list. */
    public record KeptRow(long id, String label, String date, String identity, String sentOn) {
    }

    /** An identity the user may sign with, or a way of sending. */
    public record Choice(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(long id, String title, List<Row> rows, List<KeptRow> kept, Long keptId,
                boolean editor, FormErrors errors);

        static native TemplateInstance edit(long id, String title, String kind, String label, String warning,
                String identityNote, List<Choice> identities, List<Choice> channels, String text,
                String pdfLink, FormErrors errors);
    }

    @Inject
    Violations violations;

    @Inject
    LetterService letters;

    @Inject
    LetterSendings sendings;

    @Inject
    LetterFactsReader reader;

    @Inject
    IdentityService identities;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @Path("/letters")
    public TemplateInstance list(@PathParam("id") long id, @QueryParam("kept") String kept) {
        return listPage(id, kept, FormErrors.NONE);
    }

    @GET
    @Path("/letters/{kind}/edit")
    @RolesAllowed("EDITOR")
    public TemplateInstance edit(@PathParam("id") long id, @PathParam("kind") String kind,
            @QueryParam("identityId") String identityId, @QueryParam("channel") String channel) {
        LetterDraft draft = letters.prepare(id, kind, LetterParams.identityId(identityId, locale),
                LetterParams.channel(channel, locale), currentUser.id());
        return editPage(id, draft, draft.text(), FormErrors.NONE);
    }

    @POST
    @Path("/letters")
    @RolesAllowed("EDITOR")
    public Response keep(@PathParam("id") long id, @RestForm String kind, @RestForm String text,
            @RestForm String identityId, @RestForm String channel, @RestForm String sentOn) {
        LetterService.KeepInput input = new LetterService.KeepInput(kind, text, identityId, channel);
        try {
            if (sentOn != null && !sentOn.isBlank()) {
                sendings.keepAndSend(id, input, sentOn, currentUser.id(), null);
                return Response.seeOther(URI.create("/requests/" + id)).build();
            }
            KeptLetter kept = letters.keep(id, input, currentUser.id());
            return Response.seeOther(URI.create("/requests/" + id + "/letters?kept=" + kept.id)).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(editPage(id, redraft(id, kind), text, new FormErrors(e.errors()))).build();
        } catch (Refusal e) {
            // the request core refused the event that goes with the letter: nothing was kept
            return Response.status(e.kind().status()).entity(editPage(id, redraft(id, kind), text, violations.of(e))).build();
        }
    }

    /** The form again after a refused keep: the same kind when it exists for the request, else the first request. */
    private LetterDraft redraft(long id, String kind) {
        try {
            return letters.prepare(id, kind, null, null, currentUser.id());
        } catch (fr.vigie.web.NotFoundException | InvalidInputException | Refusal e) {
            return letters.prepare(id, LetterKind.REQUEST.name(), null, null, currentUser.id());
        }
    }

    @GET
    @Path("/letters/{kind}.pdf")
    @Produces("application/pdf")
    public Response draftPdf(@PathParam("id") long id, @PathParam("kind") String kind,
            @QueryParam("identityId") String identityId, @QueryParam("channel") String channel) {
        return Downloads.pdf(letters.prepare(id, kind, LetterParams.identityId(identityId, locale),
                LetterParams.channel(channel, locale), currentUser.id()));
    }

    @GET
    @Path("/kept-letters/{letterId}.pdf")
    @Produces("application/pdf")
    public Response keptPdf(@PathParam("id") long id, @PathParam("letterId") long letterId) {
        return Downloads.pdf(letters.keptLetter(id, letterId));
    }

    @POST
    @Path("/kept-letters/{letterId}/sent")
    @RolesAllowed("EDITOR")
    public Response markSent(@PathParam("id") long id, @PathParam("letterId") long letterId, @RestForm String date) {
        try {
            sendings.markSent(id, letterId, date, currentUser.id(), null);
            return Response.seeOther(URI.create("/requests/" + id)).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(listPage(id, null, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(listPage(id, null,
                    new FormErrors(List.of(new FieldError("date", e.getMessage()))))).build();
        } catch (Refusal e) {
            return Response.status(e.kind().status()).entity(listPage(id, null, violations.of(e))).build();
        }
    }

    private TemplateInstance listPage(long id, String kept, FormErrors errors) {
        LetterMsg msg = locale.bundle(LetterMsg.class);
        Locale ui = locale.get();
        List<Row> rows = letters.windows(id).stream().map(w -> Row.of(w, msg, ui)).toList();
        List<KeptRow> keptRows = letters.kept(id).stream().map(l -> {
            LetterSending sent = LetterSending.findById(l.id);
            return new KeptRow(l.id, LetterLabels.kind(msg, l.kind), date(l.letterDate, ui), l.identity.label,
                    sent == null ? null : date(sent.sentOn, ui));
        }).toList();
        Long keptId = kept == null || !kept.strip().matches("[0-9]{1,18}") ? null : Long.valueOf(kept.strip());
        return Templates.list(id, reader.facts(id).title(), rows, keptRows, keptId, currentUser.isEditor(), errors);
    }

    private TemplateInstance editPage(long id, LetterDraft draft, String text, FormErrors errors) {
        LetterMsg msg = locale.bundle(LetterMsg.class);
        List<RequesterIdentity> mine = identities.list(currentUser.id());
        String note = mine.isEmpty() ? msg.identity_none() : draft.missing().isEmpty() ? null
                : msg.identity_incomplete(IdentityLabels.missing(locale.bundle(IdentityMsg.class), draft.missing()));
        List<Choice> choices = mine.stream().map(i -> new Choice(String.valueOf(i.id), i.label, i.id.equals(draft.identityId()))).toList();
        String warning = LetterLabels.warning(msg, draft.window(), locale.get());
        String pdf = "/requests/" + id + "/letters/" + draft.kind().name() + ".pdf?channel=" + draft.channel()
                + (draft.identityId() == null ? "" : "&identityId=" + draft.identityId());
        return Templates.edit(id, reader.facts(id).title(), draft.kind().name(), LetterLabels.kind(msg, draft.kind()),
                warning, note, choices, java.util.Arrays.stream(LetterChannel.values()).map(c -> new Choice(c.name(),
                        LetterLabels.channel(msg, c), c.name().equals(draft.channel()))).toList(), text, pdf, errors);
    }

    private static String date(java.time.LocalDate date, Locale ui) {
        return date == null ? "" : DateText.format(date, ui);
    }
}
