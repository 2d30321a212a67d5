package fr.vigie.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.publicbody.PublicBody;
import io.quarkus.cache.CacheResult;

/**
 * The dashboard below its title, rendered once per filter, language and {@link AsOf}, then served as is:
 * fifty rows through the message bundles cost several times the cached queries behind them. The page
 * around it (user, CSRF token) is rendered for each request.
 */
@ApplicationScoped
public class DashboardContent {

    private final DashboardQueries queries;

    DashboardContent(DashboardQueries queries) {
        this.queries = queries;
    }

    @CacheResult(cacheName = "dashboard-html")
    public String render(DashboardFilter filter, DashboardPage.Filters typed, Locale locale, AsOf asOf) {
        PublicBody body = filter.bodyId() == null ? null : PublicBody.findById(filter.bodyId());
        return DashboardPage.Templates.content(queries.counts(filter, asOf), queries.overdue(filter, asOf, 1, DashboardPage.ROWS),
                queries.dueWithin(filter, asOf, typed.within(), 1, DashboardPage.ROWS),
                queries.missedByYou(filter, asOf, 1, DashboardPage.ROWS), typed, body == null ? null : body.name,
                List.of(BodyKind.values()), List.of(Regime.values()), DashboardParams.WINDOWS).setLocale(locale).render();
    }
}
