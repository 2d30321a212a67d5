package fr.vigie.mail;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.DataVersion;
import fr.vigie.dashboard.AsOf;
import fr.vigie.dashboard.DashboardFilter;
import fr.vigie.dashboard.DashboardQueries;
import fr.vigie.deadline.Party;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.procedure.NextStep;

/**
 * What a user's digest says on a day, about the requests the user owns, read with the dashboard's queries (the
 * stored state: no fold per request): bodies overdue, the bodies' deadlines within 7 days, and the user's own
 * deadlines (a CADA referral, a court) within 7 days.
 */
@ApplicationScoped
public class DigestContent {

    /** Lines per list, at most: the digest links to the dashboard for the rest. */
    static final int MAX_LINES = 20;
    static final int WITHIN_DAYS = 7;

    /** One request in a list: the date is the overdue date or the act-by date. */
    public record Line(long requestId, String title, String bodyName, NextStep step, LocalDate date, long daysLate) {
    }

    /** A day's digest; {@code total*} count beyond the lines shown. */
    public record Digest(List<Line> overdue, long totalOverdue, List<Line> bodiesDue, List<Line> yoursDue) {
        public boolean isEmpty() {
            return overdue.isEmpty() && bodiesDue.isEmpty() && yoursDue.isEmpty();
        }
    }

    private final DashboardQueries queries;
    private final DataVersion version;

    DigestContent(DashboardQueries queries, DataVersion version) {
        this.queries = queries;
        this.version = version;
    }

    /** Runs in the caller's transaction. */
    public Digest of(String username, LocalDate today) {
        DashboardFilter mine = new DashboardFilter(username, null, null, null, null, null);
        AsOf asOf = new AsOf(today, version.current());
        var overdue = queries.overdue(mine, asOf, 1, MAX_LINES);
        List<AccessRequest> due = queries.dueWithin(mine, asOf, WITHIN_DAYS, 1, 2 * MAX_LINES).items();
        return new Digest(overdue.items().stream().map(o -> line(o.request(), o.request().state.overdueSince(), o.daysLate())).toList(),
                overdue.total(),
                due.stream().filter(r -> r.state.nextActionParty() != Party.REQUESTER).limit(MAX_LINES)
                        .map(r -> line(r, r.state.nextActionDate(), 0)).toList(),
                due.stream().filter(r -> r.state.nextActionParty() == Party.REQUESTER).limit(MAX_LINES)
                        .map(r -> line(r, r.state.nextActionDate(), 0)).toList());
    }

    private static Line line(AccessRequest r, LocalDate date, long daysLate) {
        return new Line(r.id, r.title, r.body.name, r.state.nextStep(), date, daysLate);
    }
}
