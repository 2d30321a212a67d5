package fr.vigie.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import fr.vigie.app.PublicLinks;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * Every redirect leaves with a Location that does not come from the request's Host header (issue 18, item 13).
 * RESTEasy makes relative redirects absolute with the Host the client sent, and the form login builds its own from
 * it: a forged Host (or a proxy passing one on) sent users to another site. Rewritten here, once, for all of them.
 */
@Singleton
public class RedirectLocations {

    private final PublicLinks links;

    RedirectLocations(PublicLinks links) {
        this.links = links;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> {
                String location = rc.response().headers().get(HttpHeaders.LOCATION);
                if (location != null) {
                    rc.response().headers().set(HttpHeaders.LOCATION, links.redirect(location));
                }
            });
            rc.next();
        }, 10_000);
    }
}
