package fr.vigie.request.item.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.vigie.app.DataVersion;
import fr.vigie.request.item.GroundFigures;
import fr.vigie.request.item.GroundQueries;
import fr.vigie.request.item.ItemOutcome;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The page of refusal grounds (overall, per body) and of the items × outcome matrix, with its CSV export. */
@Path("/statistics/grounds")
@Authenticated
public class GroundsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grounds(GroundStatistics.GroundsJson figures, List<GroundFigures.MatrixRow> matrix,
                List<ItemOutcome> outcomes, String bodyId, String tag, String query);
    }

    @Inject
    GroundQueries queries;

    @Inject
    CurrentLocale locale;

    @Inject
    DataVersion version;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("bodyId") String bodyId, @QueryParam("tag") String tag,
            @QueryParam("campaignId") String campaignId) {
        FieldChecks checks = new FieldChecks(locale.msg());
        GroundQueries.Filter filter = GroundStatistics.filter(checks, bodyId, tag, campaignId);
        checks.throwIfAny();
        GroundFigures.Summary summary = queries.summary(filter, version.current());
        return Templates.grounds(GroundStatistics.of(summary, 1, Integer.MAX_VALUE / 2, locale.get()), summary.matrix(),
                Arrays.asList(ItemOutcome.values()), filter.bodyId() == null ? "" : filter.bodyId().toString(),
                filter.tag() == null ? "" : filter.tag(), query(filter));
    }

    @GET
    @Path("/matrix.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("bodyId") String bodyId, @QueryParam("tag") String tag,
            @QueryParam("campaignId") String campaignId) {
        FieldChecks checks = new FieldChecks(locale.msg());
        GroundQueries.Filter filter = GroundStatistics.filter(checks, bodyId, tag, campaignId);
        checks.throwIfAny();
        StringBuilder out = new StringBuilder();
        String[] header = new String[ItemOutcome.values().length + 3];
        header[0] = "item";
        for (int i = 0; i < ItemOutcome.values().length; i++) {
            header[i + 1] = ItemOutcome.values()[i].name().toLowerCase(java.util.Locale.ROOT);
        }
        header[header.length - 2] = "total";
        header[header.length - 1] = "refused_grounds";
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (GroundFigures.MatrixRow row : queries.summary(filter, version.current()).matrix()) {
                Object[] cells = new Object[header.length];
                cells[0] = safe(row.label());
                for (int i = 0; i < ItemOutcome.values().length; i++) {
                    cells[i + 1] = row.outcomes().getOrDefault(ItemOutcome.values()[i], 0L);
                }
                cells[header.length - 2] = row.total();
                StringBuilder grounds = new StringBuilder();
                row.grounds().forEach((g, n) -> grounds.append(grounds.isEmpty() ? "" : "; ").append(g.article()).append(" (")
                        .append(g.name()).append("): ").append(n));
                cells[header.length - 1] = grounds.toString();
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"items-outcomes.csv\"").build();
    }

    private static String query(GroundQueries.Filter filter) {
        StringBuilder q = new StringBuilder();
        if (filter.bodyId() != null) {
            q.append("bodyId=").append(filter.bodyId());
        }
        if (filter.tag() != null) {
            q.append(q.isEmpty() ? "" : "&").append("tag=").append(java.net.URLEncoder.encode(filter.tag(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.campaignId() != null) {
            q.append(q.isEmpty() ? "" : "&").append("campaignId=").append(filter.campaignId());
        }
        return q.toString();
    }

    /** Cells a spreadsheet would run as formulas are written behind a quote. */
    private static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
