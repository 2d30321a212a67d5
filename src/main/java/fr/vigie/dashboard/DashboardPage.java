package fr.vigie.dashboard;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import fr.vigie.web.AppClock;
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

    /** The filters as typed, to show them again. */
    public record Filters(String owner, boolean mine, String bodyKind, String departement, String regime, String tag,
            int within) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardCounts counts, Page<DashboardQueries.OverdueItem> overdue,
                Page<AccessRequest> dueSoon, Filters filters, List<BodyKind> kinds, List<Regime> regimes,
                List<Integer> windows, FormErrors errors);
    }

    private static final List<Integer> WINDOWS = List.of(7, 14, 30);

    @Inject
    DashboardQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @Inject
    AppClock clock;

    @GET
    @Transactional
    public Response dashboard(@QueryParam("owner") String owner, @QueryParam("mine") boolean mine,
            @QueryParam("bodyKind") String bodyKind, @QueryParam("departement") String departement,
            @QueryParam("regime") String regime, @QueryParam("tag") String tag, @QueryParam("within") String within) {
        int days = WINDOWS.stream().filter(w -> String.valueOf(w).equals(within)).findFirst().orElse(7);
        Filters typed = new Filters(owner, mine, bodyKind, departement, regime, tag, days);
        try {
            DashboardFilter filter = DashboardFilter.parse(locale.msg(), owner, mine, currentUser.getName(), null,
                    bodyKind, departement, regime, tag);
            return Response.ok(page(filter, typed, FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(DashboardFilter.NONE, typed, new FormErrors(e.errors()))).build();
        }
    }

    private TemplateInstance page(DashboardFilter filter, Filters typed, FormErrors errors) {
        var today = clock.today();
        return Templates.dashboard(queries.counts(filter, today), queries.overdue(filter, today, 1, Page.MAX_SIZE),
                queries.dueWithin(filter, today, typed.within(), 1, Page.MAX_SIZE), typed, List.of(BodyKind.values()),
                List.of(Regime.values()), WINDOWS, errors);
    }
}
