package fr.vigie.dashboard;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.account.CurrentUser;
import fr.vigie.deadline.Party;
import fr.vigie.request.web.RequestMsg;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Page;
import io.quarkus.security.Authenticated;

/** The dashboard's figures and the overdue list as JSON. Same filters as the page. */
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DashboardResource {

    public record NextActionJson(String key, LocalDate date, Party party) {
    }

    public record OverdueJson(long id, String title, long bodyId, String bodyName, String regime, String stage,
            LocalDate overdueSince, long daysLate, NextActionJson nextAction, String owner) {

        static OverdueJson of(DashboardQueries.OverdueItem item) {
            var r = item.request();
            return new OverdueJson(r.id, r.title, r.body.id, r.body.name, r.regime.name(), r.state.stage().name(), r.state.overdueSince(),
                    item.daysLate(), new NextActionJson(r.state.nextStep() == null ? null : r.state.nextStep().name(), r.state.nextActionDate(), r.state.nextActionParty()), r.owner.username);
        }
    }

    @Inject
    DashboardQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @Inject
    AsOf.Source asOf;

    @GET
    @Transactional
    @Operation(summary = "Counters: open, overdue, dueWithin7Days, atCada, inCourt, settled, and the requester's own act-by "
            + "dates: yoursWithin7Days, yoursMissed")
    public DashboardCounts counts(@BeanParam DashboardParams params) {
        return queries.counts(params.filter(locale.msg(), currentUser.getName()), asOf.now());
    }

    @GET
    @Path("/overdue")
    @Transactional
    @Operation(summary = "Overdue requests, the longest late first (a deadline of the body or of the CADA passed unanswered)")
    public Page<OverdueJson> overdue(@BeanParam DashboardParams params, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        DashboardFilter filter = params.filter(locale.msg(), currentUser.getName());
        FieldChecks checks = new FieldChecks(locale.msg());
        long p = checks.positive("page", page, 1, 100_000);
        long s = checks.positive("size", size, Page.DEFAULT_SIZE, Page.MAX_SIZE);
        checks.throwIfAny();
        return queries.overdue(filter, asOf.now(), (int) p, (int) s).map(OverdueJson::of);
    }

    /** A requester's act-by date that passed, and what can still be done. */
    public record MissedJson(long id, String title, long bodyId, String bodyName, String regime, String stage,
            NextActionJson missed, long daysAgo, String stillPossible) {
    }

    @GET
    @Path("/missed")
    @Transactional
    @Operation(summary = "The requester's own act-by dates that passed (a CADA referral, a court...), the longest ago first, "
            + "each with what can still be done")
    public Page<MissedJson> missed(@BeanParam DashboardParams params, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        DashboardFilter filter = params.filter(locale.msg(), currentUser.getName());
        FieldChecks checks = new FieldChecks(locale.msg());
        long p = checks.positive("page", page, 1, 100_000);
        long s = checks.positive("size", size, Page.DEFAULT_SIZE, Page.MAX_SIZE);
        checks.throwIfAny();
        var today = asOf.now().today();
        RequestMsg msg = locale.bundle(RequestMsg.class);
        return queries.missedByYou(filter, asOf.now(), (int) p, (int) s).map(r -> new MissedJson(r.id, r.title, r.body.id,
                r.body.name, r.regime.name(), r.state.stage().name(), new NextActionJson(r.state.nextStep().name(),
                        r.state.nextActionDate(), r.state.nextActionParty()),
                java.time.temporal.ChronoUnit.DAYS.between(r.state.nextActionDate(), today), msg.missed(r.state.nextStep())));
    }
}
