package fr.vigie.campaign;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import fr.vigie.dashboard.AsOf;
import fr.vigie.deadline.Regime;
import fr.vigie.letter.Downloads;
import fr.vigie.letter.LetterPdf;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Page;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The campaigns' pages: the list, a new campaign, and a campaign's page (matrix, figures, overdue, map). */
@Path("/campaigns")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CampaignPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<CampaignReader.Listed> result);

        static native TemplateInstance form(CampaignForm form, String tags, List<Regime> regimes, String fields, FormErrors errors);

        static native TemplateInstance board(CampaignBoard board, RawString rows, RawString map, String notice,
                BulkForm bulk, FormErrors errors);

        static native TemplateInstance rows(CampaignBoard board, BulkForm bulk);

        static native TemplateInstance map(CampaignMap map);
    }

    private final CampaignService campaigns;
    private final CampaignReader reader;
    private final CampaignContent content;
    private final CampaignReferral referral;
    private final AsOf.Source asOf;
    private final CurrentUser currentUser;
    private final CurrentLocale locale;
    private final Violations violations;

    CampaignPages(CampaignService campaigns, CampaignReader reader, CampaignContent content, CampaignReferral referral,
            AsOf.Source asOf, CurrentUser currentUser, CurrentLocale locale, Violations violations) {
        this.campaigns = campaigns;
        this.reader = reader;
        this.content = content;
        this.referral = referral;
        this.asOf = asOf;
        this.currentUser = currentUser;
        this.locale = locale;
        this.violations = violations;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        Paging p = Paging.parse(page, null);
        return Templates.list(reader.list(p.page(), p.size()));
    }

    @GET
    @Path("/new")
    @RolesAllowed("EDITOR")
    public TemplateInstance newForm() {
        return form(new CampaignForm(null, null, Regime.FR_CRPA.name(), null, List.of()), "", FormErrors.NONE);
    }

    @POST
    @RolesAllowed("EDITOR")
    public Response create(@RestForm String name, @RestForm String description, @RestForm String regime,
            @RestForm String text, @RestForm String tags) {
        CampaignForm form = new CampaignForm(name, description, regime, text, CampaignForm.tagsOf(tags));
        try {
            Campaign campaign = campaigns.create(form, List.of(), currentUser.id()).campaign();
            return Response.seeOther(URI.create("/campaigns/" + campaign.id + "/bodies")).build();
        } catch (Refusal refused) {
            return Response.status(refused.kind().status()).entity(form(form, tags, violations.of(refused))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance board(@PathParam("id") long id, @QueryParam("created") String created,
            @QueryParam("done") String done, @QueryParam("referral") String referral) {
        return board(id, "none".equals(referral) ? "referral:none" : notice(created, done), BulkForm.EMPTY, FormErrors.NONE);
    }

    @GET
    @Path("/{id}/export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("id") long id) {
        return Response.ok(CampaignCsv.write(reader.board(id, asOf.now())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"campagne-" + id + ".csv\"").build();
    }

    /**
     * The grouped CADA referral of the campaign's refused requests, as PDF; with none, back to the campaign's page,
     * which says so (nothing was asked amiss: the link is on every CRPA campaign's page).
     */
    @GET
    @Path("/{id}/cada-referral.pdf")
    @Produces("application/pdf")
    public Response cadaReferral(@PathParam("id") long id) {
        return referral.draft(id, currentUser.id())
                .map(draft -> Downloads.pdf(LetterPdf.render(draft.printed()), "saisine-cada-campagne-" + id + ".pdf"))
                .orElseGet(() -> Response.seeOther(URI.create("/campaigns/" + id + "?referral=none")).build());
    }

    /** The campaign's page, with a notice of what was just done, or the bulk form refused with its errors. */
    TemplateInstance board(long id, String notice, BulkForm bulk, FormErrors errors) {
        CampaignContent.Parts parts = content.render(id, locale.get(), asOf.now());
        RawString rows = bulk.requestIds().isEmpty() ? parts.rows() : CampaignContent.rows(parts.board(), bulk, locale.get());
        return Templates.board(parts.board(), rows, parts.map(), notice, bulk, errors);
    }

    /** The map's outlines, the same for every campaign: fetched once per version, then from the browser's cache. */
    @GET
    @Path("/outlines.svg")
    @Produces("image/svg+xml")
    public Response outlines() {
        return Response.ok(CampaignMap.OUTLINES_SVG, "image/svg+xml; charset=UTF-8")
                .header("Cache-Control", "private, max-age=31536000, immutable").build();
    }

    private static String notice(String created, String done) {
        if (created != null && created.matches("\\d{1,5}")) {
            return "created:" + created;
        }
        if (done != null && done.matches("\\d{1,5}")) {
            return "done:" + done;
        }
        return null;
    }

    private static TemplateInstance form(CampaignForm form, String tags, FormErrors errors) {
        String fields = String.join(", ", LetterTemplate.FIELDS.stream().map(f -> "{{" + f + "}}").toList());
        return Templates.form(form, tags == null ? "" : tags, List.of(Regime.values()), fields, errors);
    }
}
