package fr.vigie.campaign;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.publicbody.BodySearch;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.publicbody.PublicBodyService;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Page;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Choosing a campaign's bodies without JavaScript: a search of the directory (text, kind, département) whose results
 * are ticked, the whole BriefCam reference set, or a list of names. Each way creates its requests in one batch.
 */
@Path("/campaigns/{id}")
@RolesAllowed("EDITOR")
@Produces(MediaType.TEXT_HTML)
public class CampaignBodyPages {

    @CheckedTemplate(basePath = "CampaignPages")
    static class Templates {
        static native TemplateInstance picker(Campaign campaign, Page<PublicBody> result, BodySearch search,
                List<BodyKind> kinds, Set<Long> members, Map<Long, String> elsewhere, int referenceCount, String names,
                FormErrors errors);
    }

    private final CampaignService campaigns;
    private final CampaignReader reader;
    private final PublicBodyService directory;
    private final BriefCamBodies briefcam;
    private final CurrentUser currentUser;
    private final CurrentLocale locale;
    private final Violations violations;

    CampaignBodyPages(CampaignService campaigns, CampaignReader reader, PublicBodyService directory, BriefCamBodies briefcam,
            CurrentUser currentUser, CurrentLocale locale, Violations violations) {
        this.campaigns = campaigns;
        this.reader = reader;
        this.directory = directory;
        this.briefcam = briefcam;
        this.currentUser = currentUser;
        this.locale = locale;
        this.violations = violations;
    }

    @GET
    @Path("/bodies")
    public Response picker(@PathParam("id") long id, @QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("departement") String departement, @QueryParam("page") String page) {
        try {
            BodySearch search = BodySearch.parse(locale.msg(), q, kind, departement, page, String.valueOf(Page.MAX_SIZE));
            return Response.ok(picker(id, search, null, FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(picker(id, all(), null, new FormErrors(e.errors()))).build();
        }
    }

    @POST
    @Path("/requests")
    public Response addTicked(@PathParam("id") long id, @RestForm List<String> bodyIds) {
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < bodyIds.size(); i++) {
                ids.add(parseId("bodyIds[" + i + "]", bodyIds.get(i)));
            }
            return added(id, campaigns.addBodies(id, ids, currentUser.id()));
        } catch (Refusal refused) {
            return refusedPage(id, refused, null);
        }
    }

    @POST
    @Path("/requests/reference")
    public Response addReference(@PathParam("id") long id) {
        reader.get(id);
        List<Long> ids = briefcam.ids(locale.msg());
        Set<Long> members = reader.bodiesOf(id);
        List<Long> missing = ids.stream().filter(b -> !members.contains(b)).toList();
        try {
            return added(id, missing.isEmpty() ? 0 : campaigns.addBodies(id, missing, currentUser.id()));
        } catch (Refusal refused) {
            return refusedPage(id, refused, null);
        }
    }

    @POST
    @Path("/requests/names")
    public Response addNames(@PathParam("id") long id, @RestForm String names) {
        try {
            return added(id, campaigns.addBodies(id, reader.bodiesNamed(names), currentUser.id()));
        } catch (Refusal refused) {
            return refusedPage(id, refused, names);
        }
    }

    private static Response added(long id, int count) {
        return Response.seeOther(URI.create("/campaigns/" + id + "?created=" + count)).build();
    }

    private Response refusedPage(long id, Refusal refused, String names) {
        if (refused.kind() == Refusal.Kind.NOT_FOUND) {
            throw refused;
        }
        return Response.status(refused.kind().status()).entity(picker(id, all(), names, PageErrors.of(violations, refused))).build();
    }

    private TemplateInstance picker(long id, BodySearch search, String names, FormErrors errors) {
        Campaign campaign = reader.get(id);
        Page<PublicBody> result = directory.search(search);
        List<Long> shown = result.items().stream().map(b -> b.id).toList();
        Set<Long> members = new HashSet<>(reader.bodiesOf(id));
        return Templates.picker(campaign, result, search, List.of(BodyKind.values()), members,
                reader.otherCampaigns(id, shown), briefcam.count(), names, errors);
    }

    private static BodySearch all() {
        return new BodySearch(null, null, null, 1, Page.MAX_SIZE);
    }

    private static long parseId(String field, String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(field, FormCode.NOT_AN_ID);
    }
}
