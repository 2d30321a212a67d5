package fr.vigie.request.item.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.app.DataVersion;
import fr.vigie.request.item.GroundQueries;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Page;
import io.quarkus.security.Authenticated;

/** The grounds of refusal, per body and overall, and the items × outcome matrix, as JSON. */
@Path("/api/v1/statistics/grounds")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class GroundStatisticsResource {

    @Inject
    GroundQueries queries;

    @Inject
    CurrentLocale locale;

    @Inject
    DataVersion version;

    @GET
    @Operation(summary = "Grounds invoked (how often, for which documents, how often the CADA then disagreed, favourable avis "
            + "not followed), overall and per body (paged), and the items × outcome matrix; filters bodyId, tag, campaignId")
    public GroundStatistics.GroundsJson figures(@QueryParam("bodyId") String bodyId, @QueryParam("tag") String tag,
            @QueryParam("campaignId") String campaignId, @QueryParam("page") String page, @QueryParam("size") String size) {
        FieldChecks checks = new FieldChecks(locale.msg());
        GroundQueries.Filter filter = GroundStatistics.filter(checks, bodyId, tag, campaignId);
        int p = (int) checks.positive("page", page, 1, 100_000);
        int s = (int) checks.positive("size", size, Page.DEFAULT_SIZE, Page.MAX_SIZE);
        checks.throwIfAny();
        return GroundStatistics.of(queries.summary(filter, version.current()), p, s, locale.get());
    }
}
