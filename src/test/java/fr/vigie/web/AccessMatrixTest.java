package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.web.RawHttp.Answer;
import fr.vigie.web.RouteCatalog.Role;
import fr.vigie.web.RouteCatalog.Route;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every route × (anonymous, viewer, editor, admin) → the exact status, for a valid call: a permitted
 * caller gets the route's success status; an anonymous visitor is sent to the login page (pages) or
 * gets 401 (API); a logged-in user without the role gets 403. A refused write changes nothing in the
 * database. The list of routes is checked against the routes the code declares.
 */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyRouteOfTheApplicationHasARow() {
        Set<String> declared = DeclaredRoutes.all();
        Set<String> listed = RouteCatalog.ROUTES.stream().map(r -> RouteCatalog.shape(r.key()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(declared);
        stale.removeAll(RouteCatalog.NOT_JAXRS);
        assertThat(declared).as("routes found by reflection").hasSizeGreaterThan(50);
        assertThat(missing).as("routes without a row in RouteCatalog.ROUTES").isEmpty();
        assertThat(stale).as("rows of RouteCatalog.ROUTES that no code declares").isEmpty();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : RouteCatalog.ROUTES) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(route, role, route.expected(role)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void access(Route route, Role role, int expected) {
        RouteClient.Call call = RouteClient.call(route, role);
        boolean refused = !role.may(route.need());
        DatabaseSnapshot before = refused && route.writes() ? DatabaseSnapshot.take() : null;
        Answer response = call.send();
        String what = route + " as " + role + ": " + response.status() + " " + response.contentType() + " "
                + response.location();
        assertThat(response.status()).as(what).isEqualTo(expected);
        if (refused && !route.api() && role == Role.ANONYMOUS) {
            assertThat(response.location()).as(what).endsWith("/login");
        }
        if (response.status() >= 400 && route.api()) {
            assertThat(response.contentType()).as(what).startsWith(Problem.MEDIA_TYPE);
        }
        if (before != null) {
            assertThat(DatabaseSnapshot.take().changesSince(before)).as(what + ": refused, yet changed").isEmpty();
        }
    }
}
