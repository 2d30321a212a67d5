package fr.vigie.campaign;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.vigie.account.CurrentUser;
import fr.vigie.app.Refusal;
import fr.vigie.letter.Downloads;

/** The bulk form of a campaign's page: an event or tags recorded on the ticked requests, or their letters as a ZIP. */
@Path("/campaigns/{id}/bulk")
@RolesAllowed("EDITOR")
public class CampaignBulkPages {

    private final CampaignBulk bulk;
    private final CampaignPages pages;
    private final CurrentUser currentUser;
    private final fr.vigie.web.Violations violations;

    CampaignBulkPages(CampaignBulk bulk, CampaignPages pages, CurrentUser currentUser, fr.vigie.web.Violations violations) {
        this.bulk = bulk;
        this.pages = pages;
        this.currentUser = currentUser;
        this.violations = violations;
    }

    @POST
    @Produces({ MediaType.TEXT_HTML, "application/zip" })
    public Response apply(@PathParam("id") long id, @RestForm String action, @RestForm List<String> requestIds,
            @RestForm String type, @RestForm String date, @RestForm String outcome, @RestForm String channel,
            @RestForm String tags, @RestForm String letterKind) {
        BulkForm form = new BulkForm(action, requestIds, type, date, outcome, channel, tags, letterKind);
        try {
            if ("LETTERS".equals(action)) {
                return Downloads.zip(bulk.letters(id, form, currentUser.id()), "campagne-" + id + "-lettres.zip");
            }
            int done = bulk.apply(id, form, currentUser.id());
            return Response.seeOther(URI.create("/campaigns/" + id + "?done=" + done)).build();
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            return Response.status(refused.kind().status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(pages.board(id, null, form, PageErrors.of(violations, refused))).build();
        }
    }
}
