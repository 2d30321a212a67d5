package fr.vigie.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.vigie.web.ConflictException;
import fr.vigie.web.CurrentLocale;
import io.agroal.api.AgroalDataSource;

/**
 * An online copy of the embedded H2 database with H2's own {@code BACKUP TO}: a zip of the database file that
 * is transactionally consistent (MVStore copies one committed version while writes go on). It must be made by
 * the application, since the running application holds the file lock. Restored with org.h2.tools.Restore.
 */
@ApplicationScoped
public class H2Backup {

    // org.h2.api.ErrorCode.DATABASE_IS_NOT_PERSISTENT: an in-memory database has no file to copy
    private static final int NOT_PERSISTENT = 90126;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseKind kind;

    @Inject
    CurrentLocale locale;

    /**
     * Writes the backup zip to a fresh temporary file and returns it; the caller deletes it. A conflict (409) when
     * the database is PostgreSQL or an in-memory H2 database.
     */
    public Path write() throws IOException, SQLException {
        if (!kind.isH2()) {
            throw new ConflictException(locale.bundle(OpsMsg.class).backup_not_h2());
        }
        Path dir = Files.createTempDirectory("vigie-backup");
        Path zip = dir.resolve("vigie.zip");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            return zip;
        } catch (SQLException e) {
            delete(zip);
            if (e.getErrorCode() == NOT_PERSISTENT) {
                throw new ConflictException(locale.bundle(OpsMsg.class).backup_in_memory());
            }
            throw e;
        }
    }

    /** Copies the backup to the response, then deletes it (and its folder), whether the copy succeeded or not. */
    public static void sendAndDelete(Path zip, OutputStream out) throws IOException {
        try {
            Files.copy(zip, out);
        } finally {
            delete(zip);
        }
    }

    private static void delete(Path zip) throws IOException {
        Files.deleteIfExists(zip);
        Files.deleteIfExists(zip.getParent());
    }
}
