package fr.vigie.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AdminOpsResourceTest {

    private static final String CHECKSUMS = "/api/v1/admin/checksums";
    // printf '16:refresh-requests10:2000-01-01' | sha256sum  (the row V4 inserts, in CanonicalValue's format)
    private static final String DAILY_JOB_AS_MIGRATED = "dc1067f96d892b00ab6f7c3b7457d92ebccf3f354ee0b5e877f75032be547198";
    // printf '\x00' | sha256sum
    private static final String ONE_ZERO_BYTE = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";

    @Inject
    AgroalDataSource dataSource;

    // one token for all calls: each new token is a new api_token row, which would change that table's checksum
    private static String admin;

    static synchronized String admin() {
        if (admin == null) {
            admin = TestAccounts.bearer(TestAccounts.ADMIN);
        }
        return admin;
    }

    static JsonPath checksums() {
        return given().header("Authorization", admin()).get(CHECKSUMS)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static Map<String, Object> table(JsonPath checksums, String name) {
        return checksums.getMap("tables.find { it.table == '" + name + "' }");
    }

    @Test
    void onlyAnAdministratorMayReadChecksumsOrTakeABackup() {
        for (String path : List.of(CHECKSUMS, "/api/v1/admin/backup")) {
            String method = path.equals(CHECKSUMS) ? "GET" : "POST";
            given().contentType(ContentType.JSON).request(method, path).then().statusCode(401).contentType("application/problem+json");
            for (String user : List.of(TestAccounts.VIEWER, TestAccounts.EDITOR)) {
                given().header("Authorization", TestAccounts.bearer(user)).contentType(ContentType.JSON).request(method, path)
                        .then().statusCode(403).contentType("application/problem+json");
            }
        }
    }

    @Test
    void anInMemoryOrPostgresqlDatabaseIsNotBackedUpByTheApplication() {
        // the test database is H2 in memory, or PostgreSQL with the pg profile: both answer 409 with the way to go
        given().header("Authorization", admin()).contentType(ContentType.JSON).post("/api/v1/admin/backup")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theChecksumOfATableIsTheHandComputedOne() throws SQLException {
        Object lastRun = query("SELECT last_run FROM daily_job WHERE name = 'refresh-requests'");
        update("UPDATE daily_job SET last_run = DATE '2000-01-01'");
        try {
            Map<String, Object> dailyJob = table(checksums(), "daily_job");
            assertThat(dailyJob).containsEntry("rows", 1).containsEntry("sha256", DAILY_JOB_AS_MIGRATED);
            update("UPDATE daily_job SET last_run = DATE '2000-01-02'");
            assertThat(table(checksums(), "daily_job").get("sha256")).isNotEqualTo(DAILY_JOB_AS_MIGRATED);
        } finally {
            update("UPDATE daily_job SET last_run = ?", lastRun);
        }
    }

    @Test
    void everyTableIsCountedFlywaysHistoryIncluded() throws SQLException {
        fr.vigie.testing.SearchIdle.await();
        JsonPath checksums = checksums();
        List<String> names = checksums.getList("tables.table");
        assertThat(names).contains("app_user", "api_token", "public_body", "access_request", "request_event",
                "request_event_audit", "request_deadline", "request_document", "request_document_content", "daily_job",
                "flyway_schema_history").isSorted();
        for (String name : names) {
            // Flyway's table is the one created with a quoted lower-case name (on H2 the others are upper case)
            String from = name.startsWith("flyway") ? '"' + name + '"' : name;
            Number rows = (Number) query("SELECT COUNT(*) FROM " + from);
            assertThat(((Number) table(checksums, name).get("rows")).longValue()).as(name).isEqualTo(rows.longValue());
        }
    }

    /** A PDF attached to a new request through the API, as an editor does; returns the document's id. */
    static long uploadDocument(String text) {
        int requestId = RequestApi.newRequest(RequestApi.newBody("30"));
        String csrf = given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        return RequestApi.asEditor().contentType("multipart/form-data").cookie("vigie-csrf", csrf).header("X-CSRF-TOKEN", csrf)
                .multiPart("file", "avis.pdf", TestFiles.pdf(text), "application/pdf")
                .post("/api/v1/requests/" + requestId + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aDocumentWhoseBytesWereChangedOrRemovedIsReported() throws SQLException {
        long documentId = uploadDocument("Avis CADA");
        fr.vigie.testing.SearchIdle.await(); // its reading writes rows: let it finish before the "intact" checksums
        String sha256 = (String) query("SELECT sha256 FROM request_document WHERE id = ?", documentId);
        byte[] original = (byte[]) query("SELECT content FROM request_document_content WHERE document_id = ?", documentId);
        JsonPath intact = checksums();
        assertThat(intact.getList("documentProblems")).isEmpty();
        assertThat(intact.getLong("documentsChecked")).isPositive();
        try {
            update("UPDATE request_document_content SET content = ? WHERE document_id = ?", new byte[] { 0 }, documentId);
            JsonPath tampered = checksums();
            assertThat(tampered.getList("documentProblems")).containsExactly(Map.of("documentId", (int) documentId,
                    "problem", "SHA256_MISMATCH", "expectedSha256", sha256, "actualSha256", ONE_ZERO_BYTE,
                    "expectedSize", original.length, "actualSize", 1));
            assertThat(table(tampered, "request_document_content").get("sha256"))
                    .isNotEqualTo(table(intact, "request_document_content").get("sha256"));

            update("DELETE FROM request_document_content WHERE document_id = ?", documentId);
            assertThat(checksums().getList("documentProblems.problem")).containsExactly("CONTENT_MISSING");
        } finally {
            update("DELETE FROM request_document_content WHERE document_id = ?", documentId);
            update("INSERT INTO request_document_content (document_id, content) VALUES (?, ?)", documentId, original);
        }
        assertThat(checksums().getList("tables")).isEqualTo(intact.getList("tables"));
    }

    private Object query(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getObject(1);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
