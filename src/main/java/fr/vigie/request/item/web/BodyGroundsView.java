package fr.vigie.request.item.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import fr.vigie.request.item.GroundQueries;
import fr.vigie.web.CurrentLocale;

/** The grounds one body gave, for its page ({@code inject:bodyGrounds.of(id)}), in the page's language. */
@ApplicationScoped
@Named("bodyGrounds")
public class BodyGroundsView {

    private final GroundQueries queries;
    private final CurrentLocale locale;

    public BodyGroundsView(GroundQueries queries, CurrentLocale locale) {
        this.queries = queries;
        this.locale = locale;
    }

    public List<GroundStatistics.FigureJson> of(long bodyId) {
        return GroundStatistics.FigureJson.of(queries.forBody(bodyId), locale.get());
    }
}
