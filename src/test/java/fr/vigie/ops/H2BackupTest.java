package fr.vigie.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The H2 online backup, restored with H2's own tool into an empty folder, holds exactly what the live database
 * holds. Needs an H2 file database (an in-memory one cannot be backed up), hence its own test profile; skipped
 * when the suite runs on PostgreSQL (backed up with pg_dump, see BackupRoundTrip).
 */
@QuarkusTest
@TestProfile(H2BackupTest.H2File.class)
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*\\bpg\\b.*",
        disabledReason = "H2 backup: the suite runs on PostgreSQL")
class H2BackupTest {

    public static class H2File implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/h2-backup-test/vigie;DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    /** Search reads new documents in the background and stores their text: the checksums are read once it is done. */
    private static void untilSearchHasReadEveryDocument() {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            List<String> statuses = given().header("Authorization", AdminOpsResourceTest.admin())
                    .get("/api/v1/admin/search").then().statusCode(200).extract().jsonPath().getList("documents.status");
            if (statuses.stream().noneMatch(s -> s.equals("PENDING") || s.equals("RUNNING"))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void theBackupRestoresToTheSameTablesAndDocuments() throws IOException, SQLException {
        AdminOpsResourceTest.uploadDocument("Bon de commande BriefCam");
        untilSearchHasReadEveryDocument();
        JsonPath live = AdminOpsResourceTest.checksums();
        assertThat(live.getList("documentProblems")).isEmpty();

        Response backup = given().header("Authorization", AdminOpsResourceTest.admin())
                .contentType(ContentType.JSON).post("/api/v1/admin/backup");
        backup.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern("attachment; filename=\"vigie-.*\\.zip\""));
        Path dir = Files.createTempDirectory("vigie-restore");
        Path zip = dir.resolve("backup.zip");
        Files.write(zip, backup.asByteArray());
        try (ZipFile entries = new ZipFile(zip.toFile())) {
            assertThat(entries.stream().map(ZipEntry::getName).toList()).containsExactly("vigie.mv.db");
        }

        Restore.execute(zip.toString(), dir.toString(), "vigie");
        try (Connection restored = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("vigie") + ";ACCESS_MODE_DATA=r",
                "sa", "")) {
            List<Map<String, Object>> tables = TableDigests.of(restored).stream()
                    .map(t -> Map.<String, Object>of("table", t.table(), "rows", (int) t.rows(), "sha256", t.sha256())).toList();
            assertThat(tables).isEqualTo(live.getList("tables"));
            assertThat(DocumentCheck.of(restored).problems()).isEmpty();
        }
        // the in-process application's temporary copy is gone once sent
        assertThat(Files.list(Path.of(System.getProperty("java.io.tmpdir"))).filter(p -> p.getFileName().toString()
                .startsWith("vigie-backup")).toList()).isEmpty();
    }
}
