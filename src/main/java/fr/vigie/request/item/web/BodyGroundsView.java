package fr.vigie.request.item.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import fr.vigie.app.DataVersion;
import fr.vigie.request.item.GroundQueries;
import fr.vigie.web.CurrentLocale;

/** The grounds one body gave, for its page ({@code inject:bodyGrounds.of(id)}), in the page's language. */
@ApplicationScoped
@Named("bodyGrounds")
public class BodyGroundsView {

    private final GroundQueries queries;
    private final CurrentLocale locale;
    private final DataVersion version;

    public BodyGroundsView(GroundQueries queries, CurrentLocale locale, DataVersion version) {
        this.queries = queries;
        this.locale = locale;
        this.version = version;
    }

    public List<GroundStatistics.FigureJson> of(long bodyId) {
        return GroundStatistics.FigureJson.of(queries.summary(new GroundQueries.Filter(bodyId, null, null), version.current())
                .grounds(), locale.get());
    }
}
