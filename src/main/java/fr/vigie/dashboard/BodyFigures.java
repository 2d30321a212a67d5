package fr.vigie.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/** A body's own figures for its page ({inject:bodyFigures.of(id)}): the directory need not know statistics. */
@Named("bodyFigures")
@RequestScoped
public class BodyFigures {

    @Inject
    BodyStatisticsQuery query;

    @Inject
    AsOf.Source asOf;

    @Transactional
    public BodyStatistics of(long bodyId) {
        return query.forBody(bodyId, asOf.now());
    }
}
