package fr.vigie.campaign;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.account.CurrentUser;
import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.dashboard.AsOf;
import fr.vigie.web.Page;
import io.quarkus.security.Authenticated;

/** JSON API of campaigns. Reads need a login, writes the EDITOR role. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignResource {

    /** A new campaign, with the bodies to write to (one request each, all or none). */
    public record CampaignBody(String name, String description, String regime, String text, List<String> tags,
            List<Long> bodyIds) {
    }

    /** A bulk action (EVENT, TAGS, LETTERS) on some of the campaign's requests: see {@link BulkForm}. */
    public record BulkBody(String action, List<Long> requestIds, String type, String date, String outcome, String channel,
            List<String> tags, String letterKind) {
    }

    /** What a bulk action did. */
    public record BulkDone(String action, int count) {
    }

    /** Bodies to add to a campaign. */
    public record BodiesBody(List<Long> bodyIds) {
    }

    private final CampaignService campaigns;
    private final CampaignReader reader;
    private final CurrentUser currentUser;
    private final CampaignBulk bulk;
    private final AsOf.Source asOf;

    CampaignResource(CampaignService campaigns, CampaignReader reader, CurrentUser currentUser, CampaignBulk bulk,
            AsOf.Source asOf) {
        this.campaigns = campaigns;
        this.asOf = asOf;
        this.bulk = bulk;
        this.reader = reader;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List campaigns, newest first (page from 1, size ≤ 100)")
    public Page<CampaignJson.Listed> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging p = Paging.parse(page, size);
        return reader.list(p.page(), p.size()).map(CampaignJson.Listed::of);
    }

    @POST
    @RolesAllowed("EDITOR")
    @Operation(summary = "Create a campaign and one request per body (all or none: one refused body refuses the batch, "
            + "named in the error); 201 with id and requestCount")
    public Response create(CampaignBody body) {
        if (body == null) {
            throw Refusal.malformed("body", FormCode.REQUIRED);
        }
        CampaignForm form = new CampaignForm(body.name(), body.description(), body.regime(), body.text(), body.tags());
        CampaignService.Created created = campaigns.create(form, ids(body.bodyIds()), currentUser.id());
        return Response.created(URI.create("/api/v1/campaigns/" + created.campaign().id))
                .entity(new CampaignJson.Created(created.campaign().id, created.requestCount())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A campaign with requestCount, stages (stage → count), answeredInTimeShare (percent) and the overdue")
    public CampaignJson.Detail get(@PathParam("id") long id) {
        return CampaignJson.Detail.of(reader.board(id, asOf.now()));
    }

    @GET
    @Path("/{id}/requests")
    @Operation(summary = "The campaign's requests with stage, next step and overdue date, by body name (paged)")
    public Page<CampaignJson.RequestRow> requests(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging p = Paging.parse(page, size);
        CampaignBoard board = reader.board(id, asOf.now());
        List<CampaignBoard.Row> rows = board.rows();
        int from = Math.min(rows.size(), (p.page() - 1) * p.size());
        List<CampaignJson.RequestRow> items = rows.subList(from, Math.min(rows.size(), from + p.size())).stream()
                .map(r -> CampaignJson.RequestRow.of(r, board.today())).toList();
        return new Page<>(items, p.page(), p.size(), rows.size());
    }

    @POST
    @Path("/{id}/requests")
    @RolesAllowed("EDITOR")
    @Operation(summary = "Add bodies to a campaign: one request each, all or none; 201 with the campaign's new requestCount")
    public Response addBodies(@PathParam("id") long id, BodiesBody body) {
        if (body == null) {
            throw Refusal.malformed("body", FormCode.REQUIRED);
        }
        campaigns.addBodies(id, ids(body.bodyIds()), currentUser.id());
        return Response.created(URI.create("/api/v1/campaigns/" + id + "/requests"))
                .entity(new CampaignJson.Created(id, reader.board(id, asOf.now()).requestCount())).build();
    }

    @POST
    @Path("/{id}/bulk")
    @RolesAllowed("EDITOR")
    @Produces({ MediaType.APPLICATION_JSON, "application/zip" })
    @Operation(summary = "A bulk action on some of the campaign's requests, all or none: EVENT (type, date, outcome, channel) "
            + "records the same event on each, TAGS adds tags, LETTERS answers a ZIP of their letters as PDF (letterKind, or "
            + "each one's next step)")
    public Response bulk(@PathParam("id") long id, BulkBody body) {
        if (body == null) {
            throw Refusal.malformed("body", FormCode.REQUIRED);
        }
        List<String> ids = body.requestIds() == null ? List.of()
                : body.requestIds().stream().map(r -> r == null ? "" : String.valueOf(r)).toList();
        BulkForm form = new BulkForm(body.action(), ids, body.type(), body.date(), body.outcome(), body.channel(),
                body.tags() == null ? null : String.join(",", body.tags()), body.letterKind());
        if ("LETTERS".equals(body.action())) {
            return fr.vigie.letter.Downloads.zip(bulk.letters(id, form, currentUser.id()), "campagne-" + id + "-lettres.zip");
        }
        int count = bulk.apply(id, form, currentUser.id());
        return Response.ok(new BulkDone(body.action(), count)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static List<Long> ids(List<Long> bodyIds) {
        if (bodyIds == null) {
            return List.of();
        }
        for (int i = 0; i < bodyIds.size(); i++) {
            if (bodyIds.get(i) == null || bodyIds.get(i) < 1) {
                throw Refusal.invalid("bodyIds[" + i + "]", FormCode.NOT_AN_ID);
            }
        }
        return bodyIds;
    }
}
