package fr.vigie.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.vigie.account.CurrentUser;
import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.request.AccessRequest;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The home page after login: the counters, what is overdue, what is due soon. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    /** The filters as typed, to show them again and to carry them into the export links. */
    public record Filters(String owner, boolean mine, String bodyId, String bodyKind, String departement, String regime,
            String tag, int within) {

        /** The filters as query parameters, each preceded by "&amp;" (none when nothing is filtered). */
        public String query() {
            return withoutBody() + param("bodyId", bodyId);
        }

        /** The same without the body, for the link that widens the lists to every body. */
        public String withoutBody() {
            return (mine ? "&mine=true" : "") + param("owner", owner) + param("bodyKind", bodyKind)
                    + param("departement", departement) + param("regime", regime) + param("tag", tag);
        }

        private static String param(String name, String value) {
            return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String content, FormErrors errors);

        /** Counters, filters and both lists: see {@link DashboardContent}. */
        static native TemplateInstance content(DashboardCounts counts, Page<DashboardQueries.OverdueItem> overdue,
                Page<AccessRequest> dueSoon, Page<AccessRequest> missed, Filters filters, String bodyName, List<BodyKind> kinds,
                List<Regime> regimes,
                List<Integer> windows);
    }

    /** The page shows the most urgent rows at a glance; the CSV export and the API have them all. */
    static final int ROWS = 25;

    /** Exports are for spreadsheets: a generous cap keeps memory bounded. */
    private static final int EXPORT_MAX = 10_000;

    @Inject
    DashboardQueries queries;

    @Inject
    DashboardContent content;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @Inject
    AsOf.Source asOf;

    @GET
    @Transactional
    public Response dashboard(@BeanParam DashboardParams params) {
        Filters typed = new Filters(params.owner, params.mine, params.bodyId, params.bodyKind, params.departement, params.regime,
                params.tag, params.withinDays());
        try {
            DashboardFilter filter = params.filter(locale.msg(), currentUser.getName());
            return Response.ok(page(filter, typed, FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(DashboardFilter.NONE, typed, new FormErrors(e.errors()))).build();
        }
    }

    /** The overdue list (list=overdue) or the due-soon list (list=due) with the same filters, as CSV. */
    @GET
    @Path("dashboard/export.csv")
    @Transactional
    @Produces("text/csv")
    public Response export(@QueryParam("list") String list, @BeanParam DashboardParams params) {
        DashboardFilter filter = params.filter(locale.msg(), currentUser.getName());
        int days = params.withinDays();
        AsOf now = asOf.now();
        List<AccessRequest> rows = "due".equals(list)
                ? queries.dueWithin(filter, now, days, 1, EXPORT_MAX).items()
                : queries.overdue(filter, now, 1, EXPORT_MAX).items().stream().map(DashboardQueries.OverdueItem::request).toList();
        return Response.ok(DashboardCsv.write(rows, now.today()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"vigie-" + ("due".equals(list) ? "due" : "overdue") + ".csv\"")
                .build();
    }

    private TemplateInstance page(DashboardFilter filter, Filters typed, FormErrors errors) {
        return Templates.dashboard(content.render(filter, typed, locale.get(), asOf.now()), errors);
    }
}
