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
        sweepAbandoned(Path.of(System.getProperty("java.io.tmpdir")), java.time.Instant.now().minus(ABANDONED_AFTER));
        Path dir = Files.createTempDirectory(PREFIX, ownerOnly());
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

    static final String PREFIX = "vigie-backup";
    /** A download that has not finished in this time was abandoned: its copy is deleted at the next backup. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(1);

    /**
     * Deletes the copies of downloads that never completed (issue 18, item 22): a client that goes away before the
     * body is written leaves its copy behind, and a copy holds password hashes and documents.
     */
    static int sweepAbandoned(Path tmp, java.time.Instant before) throws IOException {
        int swept = 0;
        try (java.nio.file.DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && Files.getLastModifiedTime(dir).toInstant().isBefore(before)) {
                    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.toList()) {
                            Files.deleteIfExists(f);
                        }
                    }
                    Files.deleteIfExists(dir);
                    swept++;
                }
            }
        }
        return swept;
    }

    /** Only the application's own user may read a copy of the database (none where the file system has no modes). */
    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[] { java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")) };
    }

    private static void delete(Path zip) throws IOException {
        Files.deleteIfExists(zip);
        Files.deleteIfExists(zip.getParent());
    }
}
