package fr.vigie.request.item.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import fr.vigie.request.AccessRequest;
import fr.vigie.request.item.RequestItem;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.StatisticsFacts;
import fr.vigie.web.CurrentLocale;

/** What the request page shows of its items ({@code inject:requestItems.of(id)}), in the page's language. */
@ApplicationScoped
@Named("requestItems")
public class ItemViews {

    /** One item as the page shows it: its grounds cited, the CADA's avis on it, and whether it was not followed. */
    public record Row(RequestItem item, List<String> citations, Avis avis, boolean favourableIgnored) {
    }

    private final CurrentLocale locale;

    public ItemViews(CurrentLocale locale) {
        this.locale = locale;
    }

    @Transactional
    public List<Row> of(long requestId) {
        AccessRequest request = AccessRequest.findById(requestId);
        if (request == null) {
            return List.of();
        }
        StatisticsFacts facts = request.state.statistics();
        return RequestItem.of(requestId).stream().map(i -> new Row(i,
                i.groundList().stream().map(g -> g.cited(locale.get())).toList(), i.avisOn(facts.avis()),
                i.favourableIgnored(facts.avis(), facts.favourableIgnored()))).toList();
    }
}
