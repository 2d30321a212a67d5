package fr.vigie.mail;

import java.io.IOException;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.vigie.account.CurrentUser;
import fr.vigie.app.Refusal;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The outbox (delivery status, retry) and the inbox of unmatched mail (assign, discard, import), as pages. */
@Path("/mail")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MailboxPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(List<MailView> messages, int page, boolean more, boolean canSend, boolean editor);

        static native TemplateInstance inbox(List<MailView> messages, int page, boolean more, boolean canReceive,
                boolean editor, String done, FormErrors errors);
    }

    @Inject
    MailReader reader;

    @Inject
    MailOutbox outbox;

    @Inject
    MailInbox inbox;

    @Inject
    MailImport imports;

    @Inject
    MailSettings settings;

    @Inject
    Violations violations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @Path("/outbox")
    public TemplateInstance outbox(@QueryParam("page") String page) {
        int p = MailReader.page(page);
        Locale ui = locale.get();
        return Templates.outbox(reader.outbox(p).stream().map(m -> MailView.of(m, ui)).toList(), p,
                (p + 1L) * MailReader.PAGE_SIZE < reader.outboxCount(), settings.canSend(), currentUser.isEditor());
    }

    @POST
    @Path("/outbox/{mid}/retry")
    @RolesAllowed("EDITOR")
    public Response retry(@PathParam("mid") long mid) {
        outbox.retry(mid); // 404 unknown, 409 already sent: the error page says so
        return Response.seeOther(URI.create("/mail/outbox#mail-" + mid)).build();
    }

    @GET
    @Path("/inbox")
    public TemplateInstance inbox(@QueryParam("page") String page, @QueryParam("done") String done) {
        return inboxPage(MailReader.page(page), done == null || !done.matches("assigned|discarded|imported") ? null : done,
                FormErrors.NONE);
    }

    @POST
    @Path("/inbox/{mid}/assign")
    @RolesAllowed("EDITOR")
    public Response assign(@PathParam("mid") long mid, @RestForm String requestId) {
        try {
            Long request = requestId == null || !requestId.strip().matches("[0-9]{1,18}") ? null : Long.valueOf(requestId.strip());
            if (request == null && requestId != null && !requestId.isBlank()) {
                throw Refusal.invalid("requestId", fr.vigie.app.FormCode.NOT_AN_ID);
            }
            inbox.assign(mid, request);
            return Response.seeOther(URI.create("/mail/inbox?done=assigned")).build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.kind().status()).entity(inboxPage(0, null, violations.of(e))).build();
        }
    }

    @POST
    @Path("/inbox/{mid}/discard")
    @RolesAllowed("EDITOR")
    public Response discard(@PathParam("mid") long mid) {
        inbox.discard(mid);
        return Response.seeOther(URI.create("/mail/inbox?done=discarded")).build();
    }

    @POST
    @Path("/import")
    @RolesAllowed("EDITOR")
    public Response importFile(@RestForm("file") FileUpload file) throws IOException {
        try {
            imports.importFile(MailUploads.read(file, locale));
            return Response.seeOther(URI.create("/mail/inbox?done=imported")).build();
        } catch (Refusal e) {
            return Response.status(e.kind().status()).entity(inboxPage(0, null, violations.of(e))).build();
        }
    }

    private TemplateInstance inboxPage(int page, String done, FormErrors errors) {
        Locale ui = locale.get();
        return Templates.inbox(reader.inbox(page).stream().map(m -> MailView.of(m, ui)).toList(), page,
                (page + 1L) * MailReader.PAGE_SIZE < reader.inboxCount(), settings.canReceive(), currentUser.isEditor(), done,
                errors);
    }
}
