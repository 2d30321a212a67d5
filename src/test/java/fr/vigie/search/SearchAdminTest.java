package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An administrator's rebuild, and a document whose reading failed: marked, listed, found by its name, retried. */
@QuarkusTest
class SearchAdminTest {

    @Test
    void aRebuildKeepsEverythingFindable() throws Exception {
        TestAccounts.ensure();
        String word = SearchApi.unique("rbd");
        int body = SearchApi.newBody("Commune " + word, "COMMUNE", "69");
        SearchApi.newRequest(body, "Avant la reconstruction " + word, "Texte " + word, "PRIVATE", List.of());
        SearchApi.found(TestAccounts.VIEWER, "q", word);
        String before = SearchApi.as(TestAccounts.ADMIN).get("/api/v1/admin/search").then().statusCode(200)
                .extract().path("lastRebuild");
        SearchApi.as(TestAccounts.ADMIN).contentType("application/json").post("/api/v1/admin/search/rebuild").then().statusCode(202);
        long end = System.nanoTime() + 60_000_000_000L;
        JsonPath status;
        do {
            Thread.sleep(100);
            status = SearchApi.as(TestAccounts.ADMIN).get("/api/v1/admin/search").then().statusCode(200).extract().jsonPath();
        } while ((status.getString("lastRebuild") == null || status.getString("lastRebuild").equals(before)
                || status.getBoolean("rebuilding")) && System.nanoTime() < end);
        assertThat(status.getString("lastRebuild")).isNotEqualTo(before);
        assertThat(status.getLong("entries")).isPositive();
        assertThat(status.getLong("journalPosition")).isEqualTo(status.getLong("journalTop"));
        assertThat(SearchApi.search(TestAccounts.VIEWER, "q", word).then().extract().jsonPath().getInt("total")).isEqualTo(1);
        SearchApi.as(TestAccounts.EDITOR).contentType("application/json").post("/api/v1/admin/search/rebuild").then().statusCode(403);
    }

    @Test
    void aRequestIsFoundUnderItsBodysNewName() {
        TestAccounts.ensure();
        String word = SearchApi.unique("bdy");
        String renamed = SearchApi.unique("ren");
        int body = SearchApi.newBody("Commune " + word, "COMMUNE", "69");
        int request = SearchApi.newRequest(body, "Demande " + word, "Texte", "PRIVATE", List.of());
        SearchApi.found(TestAccounts.VIEWER, "q", word, "bodyKind", "COMMUNE");
        SearchApi.as(TestAccounts.EDITOR).contentType("application/json")
                .body(java.util.Map.of("name", "Métropole " + renamed, "kind", "INTERCOMMUNALITY", "departement", "13"))
                .put("/api/v1/bodies/" + body).then().statusCode(200);
        JsonPath r = SearchApi.found(TestAccounts.VIEWER, "q", renamed, "bodyKind", "INTERCOMMUNALITY", "departement", "13");
        assertThat(r.getInt("items[0].requestId")).isEqualTo(request);
        assertThat(r.getString("items[0].matched")).isEqualTo("BODY");
    }

    @Test
    void aDocumentThatCannotBeReadIsMarkedFoundByItsNameAndCanBeRetried() {
        TestAccounts.ensure();
        String word = SearchApi.unique("dmg");
        int body = SearchApi.newBody("Commune " + word, "COMMUNE", "69");
        int request = SearchApi.newRequest(body, "Fichier abîmé " + word, "Texte", "PRIVATE", List.of());
        byte[] pdf = SearchFixtures.pdf("Contenu " + word);
        byte[] damaged = Arrays.copyOf(pdf, 40);
        String name = "abime-" + word + ".pdf";
        int doc = SearchApi.upload(request, name, damaged, "application/pdf");
        JsonPath r = SearchApi.await(TestAccounts.EDITOR, j -> "FAILED".equals(j.getString("items[0].status")),
                "q", "abime-" + word, "type", "DOCUMENT");
        assertThat(r.getString("items[0].matched")).isEqualTo("FILE");
        assertThat(r.getInt("items[0].documentId")).isEqualTo(doc);
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/search/documents?status=FAILED").then().statusCode(200).body(containsString(name))
                .body(containsString("/requests/" + request));
        SearchApi.as(TestAccounts.EDITOR).contentType("application/json").post("/api/v1/search/documents/" + doc + "/retry").then().statusCode(202)
                .body("previous", equalTo("FAILED")).body("status", equalTo("PENDING"));
        SearchApi.await(TestAccounts.EDITOR, j -> "FAILED".equals(j.getString("items[0].status")),
                "q", "abime-" + word, "type", "DOCUMENT");
        SearchApi.as(TestAccounts.EDITOR).contentType("application/json").post("/api/v1/search/documents/999999999/retry").then().statusCode(404);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/search/documents");
        editor.post("/search/documents/" + doc + "/retry", java.util.Map.of()).then().statusCode(303);
    }
}
