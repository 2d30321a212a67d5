package fr.vigie.ops;

import java.io.IOException;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.app.AppClock;

/** Operations for administrators: checksums of the whole database, and the online backup of an H2 database. */
@Path("/api/v1/admin")
@RolesAllowed("ADMIN")
public class AdminOpsResource {

    @Inject
    ChecksumService checksums;

    @Inject
    H2Backup backup;

    @Inject
    AppClock clock;

    @GET
    @Path("/checksums")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Row count and SHA-256 of every table (rows in primary-key order), and every document whose "
            + "bytes do not match their recorded SHA-256 or size: equal checksums before a backup and after its restore "
            + "prove the same content")
    public Checksums checksums() throws SQLException {
        return checksums.compute();
    }

    @POST
    @Path("/backup")
    @Produces("application/zip")
    @Operation(summary = "H2 only: a transactionally consistent online copy of the database (H2 BACKUP TO), as a zip to "
            + "restore with org.h2.tools.Restore; 409 on PostgreSQL (back it up with pg_dump) or an in-memory database")
    public Response backup() throws IOException, SQLException {
        java.nio.file.Path zip = backup.write();
        StreamingOutput body = out -> H2Backup.sendAndDelete(zip, out);
        String name = "vigie-" + clock.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "") + ".zip";
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
