package fr.vigie.publicbody;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import fr.vigie.web.Msg;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Issue 18, item 20: big CSV imports, written in batches, all or nothing, with their progress shown. */
@QuarkusTest
class BodyImportBatchTest {

    private static final int ROWS = 20_000;

    @Inject
    BodyImportJobs jobs;

    /** {@code rows} communes named after {@code tag}; the line {@code badLine} (spreadsheet numbering) has a bad kind. */
    static String communes(String tag, int rows, int badLine) {
        StringBuilder csv = new StringBuilder("name,kind,departement,address_checked\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Commune ").append(tag).append(' ').append(i).append(',')
                    .append(i + 2 == badLine ? "CASTLE" : "COMMUNE").append(',').append(String.format("%02d", 1 + i % 19)).append(",no\n");
        }
        return csv.toString();
    }

    private static int count(String tag) {
        return given().header("Authorization", TestAccounts.bearer(TestAccounts.VIEWER)).get("/api/v1/bodies?q=" + tag)
                .then().statusCode(200).extract().path("total");
    }

    /** The confirmation's answer, or (on a slow machine) the job page it sends to, once the import has ended. */
    static Response outcome(BrowserSession editor, Response confirmed) throws InterruptedException {
        if (confirmed.statusCode() != 303) {
            return confirmed;
        }
        String job = confirmed.header("Location");
        Response page = editor.get(job);
        while (page.asString().contains("id=\"import-progress\"")) {
            Thread.sleep(500);
            page = editor.get(job);
        }
        return page;
    }

    @Test
    void item20_aBadLineNearTheEndOfABigFileImportsNothing() throws InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = communes(tag, ROWS, ROWS - 5);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/import");
        editor.request().multiPart("file", "communes.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("csrf-token", editor.csrf()).post("/bodies/import").then().statusCode(422);
        Response confirmed = outcome(editor, editor.post("/bodies/import/confirm", Map.of("csv", csv)));
        assertThat(confirmed.statusCode()).isEqualTo(422);
        assertThat(confirmed.asString()).contains("ligne " + (ROWS - 5) + " : kind");
        assertThat(count(tag)).isZero();
    }

    @Test
    void item20_twentyThousandBodiesImportInOneGoWithTheirProgressShown() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/import");
        BodyImportJobs.Job job = jobs.start(MessageBundles.get(Msg.class), communes(tag, ROWS, -1).getBytes(StandardCharsets.UTF_8));
        String first = editor.get("/bodies/import/jobs/" + job.id()).then().statusCode(200).extract().asString();
        assertThat(first).containsAnyOf("id=\"import-progress\"", "id=\"import-done\"");
        int seenBefore = -1;
        while (!job.await(Duration.ofMillis(200))) {
            assertThat(job.written()).as("progress never goes back").isGreaterThanOrEqualTo(seenBefore);
            seenBefore = job.written();
        }
        assertThat(job.result().created()).isEqualTo(ROWS);
        assertThat(job.total()).isEqualTo(ROWS);
        assertThat(job.written()).isEqualTo(ROWS);
        assertThat(job.result().created()).isEqualTo(ROWS);
        editor.get("/bodies/import/jobs/" + job.id()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(ROWS + " organisme(s) ajouté(s)"));
        assertThat(count(tag)).isEqualTo(ROWS);
        editor.get("/bodies/import/jobs/no-such-job").then().statusCode(404);
    }
}
