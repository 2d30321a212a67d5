package fr.vigie.publicbody;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The body import benchmark (README, "Security", item 20): prints how long the preview and the import of the 36,000
 * French communes take through the pages, as an editor does it (upload, preview, confirm, follow the progress page).
 * A command that prints figures: {@code ./mvnw -B test -Dtest=BodyImportBenchmark -Dbenchmark=true} (add the
 * PostgreSQL settings of the README for PostgreSQL); {@code -Dbenchmark.rows=} changes the size.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BodyImportBenchmark {

    @Test
    void importTheFrenchCommunes() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 36_000);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = BodyImportBatchTest.communes(tag, rows, -1);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/import");

        long start = System.nanoTime();
        editor.request().multiPart("file", "communes.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("csrf-token", editor.csrf()).post("/bodies/import").then().statusCode(200);
        long previewMillis = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        Response answer = editor.post("/bodies/import/confirm", Map.of("csv", csv));
        int progressPages = 0;
        while (answer.statusCode() == 303 || answer.asString().contains("id=\"import-progress\"")) {
            String next = answer.statusCode() == 303 ? answer.header("Location") : null;
            Thread.sleep(500);
            answer = editor.get(next != null ? next : lastJob);
            if (next != null) {
                lastJob = next;
            }
            progressPages++;
        }
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.asString()).contains(rows + " organisme(s) ajouté(s)");
        System.out.printf("%nbody-import-benchmark (%s): %d rows (%d KB): preview %d ms, import %d ms (%.0f rows/s), "
                + "%d progress pages seen; load average %s%n%n", System.getProperty("quarkus.test.profile", "test"), rows,
                csv.length() / 1024, previewMillis, importMillis, rows * 1000.0 / importMillis, progressPages,
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private String lastJob;
}
