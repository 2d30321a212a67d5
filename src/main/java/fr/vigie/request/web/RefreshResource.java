package fr.vigie.request.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.request.StateRefresher;

/**
 * Runs the state refresh now, whether or not it ran today: of every request (after restoring a backup, after an
 * upgrade that changed a rule, or to measure the first computation after a bulk import), or with
 * {@code /expired} of the expired states only, as the nightly job does. Idempotent like the nightly run.
 */
@Path("/api/v1/admin/refresh")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class RefreshResource {

    private final StateRefresher refresher;

    RefreshResource(StateRefresher refresher) {
        this.refresher = refresher;
    }

    @POST
    @Operation(summary = "Recompute the stored state of every request")
    public StateRefresher.Outcome refreshAll() {
        return refresher.refreshAll();
    }

    @POST
    @Path("/expired")
    @Operation(summary = "Recompute the stored state of the requests whose state has expired, as the nightly job does")
    public StateRefresher.Outcome refreshExpired() {
        return refresher.refreshExpired();
    }
}
