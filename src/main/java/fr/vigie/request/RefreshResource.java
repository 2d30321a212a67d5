package fr.vigie.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Runs the daily refresh now, whether or not it ran today: after restoring a backup, after an upgrade
 * that changed a calendar, or to measure it. Idempotent like the nightly run.
 */
@Path("/api/v1/admin/refresh")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class RefreshResource {

    private final RequestRefresher refresher;

    RefreshResource(RequestRefresher refresher) {
        this.refresher = refresher;
    }

    @POST
    @Operation(summary = "Recompute the stored stage, next action and overdue date of every unsettled request")
    public RequestRefresher.Outcome refresh() {
        return refresher.refreshAll();
    }
}
