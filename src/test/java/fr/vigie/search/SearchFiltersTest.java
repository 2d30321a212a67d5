package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Who finds what (a visitor: PUBLIC requests only, never their notes or files; VIEWER and EDITOR: everything),
 * the filters, the order, the pages, and bad input answered with a message naming the field, never a 500.
 */
@QuarkusTest
class SearchFiltersTest {

    private static String word;
    private static int publicRequest;
    private static int privateRequest;
    private static int otherBody;

    @BeforeEach
    void writeOnce() {
        if (word != null) {
            return;
        }
        TestAccounts.ensure();
        word = SearchApi.unique("flt");
        int commune = SearchApi.newBody("Mairie de Nîmes " + word, "COMMUNE", "30");
        otherBody = SearchApi.newBody("Préfecture de police " + word, "PREFECTURE", "75");
        publicRequest = SearchApi.newRequest(commune, "Contrat public " + word, "Texte de la demande publique " + word,
                "PUBLIC", List.of("publique"));
        SearchApi.event(publicRequest, Map.of("type", "SENT", "date", "2025-01-10", "channel", "EMAIL",
                "note", "note privée de la demande publique " + word));
        SearchApi.upload(publicRequest, "piece.pdf", SearchFixtures.pdf("pièce jointe " + word), "application/pdf");
        privateRequest = SearchApi.newRequest(otherBody, "Contrat privé " + word, "Texte de la demande privée " + word,
                "PRIVATE", List.of("privee"));
        // every entry indexed, the document's text included
        SearchApi.await(TestAccounts.EDITOR, j -> j.getInt("total") == 4 && j.getList("items.status").contains("DONE"),
                "q", word);
    }

    private static JsonPath search(String user, Object... params) {
        return SearchApi.search(user, params).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aVisitorFindsPublicRequestsOnlyNeverTheirNotesOrFiles() {
        JsonPath r = search(null, "q", word);
        assertThat(r.getInt("total")).isEqualTo(1);
        assertThat(r.getString("items[0].type")).isEqualTo("REQUEST");
        assertThat(r.getInt("items[0].requestId")).isEqualTo(publicRequest);
        assertThat(search(null, "q", "note " + word).getInt("total")).isZero();
        assertThat(search(null, "q", "pièce " + word).getInt("total")).isZero();
        assertThat(search(null, "q", "privé " + word).getInt("total")).isZero();
    }

    @Test
    void viewersAndEditorsFindEverythingTheyCanRead() {
        for (String user : List.of(TestAccounts.VIEWER, TestAccounts.EDITOR, TestAccounts.ADMIN)) {
            JsonPath r = search(user, "q", word);
            assertThat(r.getInt("total")).as(user).isEqualTo(4);
            assertThat(r.getList("items.type")).as(user).contains("REQUEST", "NOTE", "DOCUMENT");
        }
    }

    @Test
    void filtersNarrowTheResults() {
        String v = TestAccounts.VIEWER;
        assertThat(search(v, "q", word, "type", "NOTE").getInt("total")).isEqualTo(1);
        assertThat(search(v, "q", word, "bodyId", otherBody).getList("items.requestId")).containsOnly(privateRequest);
        assertThat(search(v, "q", word, "bodyKind", "COMMUNE").getList("items.requestId")).containsOnly(publicRequest);
        assertThat(search(v, "q", word, "departement", "75").getList("items.requestId")).containsOnly(privateRequest);
        assertThat(search(v, "q", word, "regime", "FR_CRPA").getInt("total")).isEqualTo(4);
        assertThat(search(v, "q", word, "regime", "US_FOIA").getInt("total")).isZero();
        String sentStage = SearchApi.as(TestAccounts.EDITOR).get("/api/v1/requests/" + publicRequest).then().extract().path("stage");
        assertThat(sentStage).isNotEqualTo("DRAFT");
        assertThat(search(v, "q", word, "stage", sentStage).getList("items.requestId")).containsOnly(publicRequest);
        assertThat(search(v, "q", word, "stage", "DRAFT").getList("items.requestId")).containsOnly(privateRequest);
        assertThat(search(v, "q", word, "tag", "PUBLIQUE").getList("items.requestId")).containsOnly(publicRequest);
        assertThat(search(v, "q", word, "owner", TestAccounts.EDITOR).getInt("total")).isEqualTo(4);
        assertThat(search(v, "q", word, "owner", TestAccounts.VIEWER).getInt("total")).isZero();
        assertThat(search(v, "q", word, "type", "NOTE", "from", "2025-01-01", "to", "2025-01-31").getInt("total")).isEqualTo(1);
        assertThat(search(v, "q", word, "type", "NOTE", "from", "2025-02-01").getInt("total")).isZero();
    }

    @Test
    void sortedByDateAndPaged() {
        JsonPath byDate = search(TestAccounts.VIEWER, "q", word, "sort", "DATE");
        List<String> dates = byDate.getList("items.date");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates.get(dates.size() - 1)).isEqualTo("2025-01-10");
        JsonPath first = search(TestAccounts.VIEWER, "q", word, "size", 2, "page", 1);
        JsonPath second = search(TestAccounts.VIEWER, "q", word, "size", 3, "page", 2);
        assertThat(first.getList("items")).hasSize(2);
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getInt("total")).isEqualTo(4);
        assertThat(search(TestAccounts.VIEWER, "q", word, "size", 2, "page", 9).getList("items")).isEmpty();
    }

    @Test
    void badInputGetsAMessageNamingTheField() {
        Map<String, String> refused = Map.of("", "q", "x".repeat(10_000), "q", "le la les de à", "q", "*", "q",
                "a*", "q");
        refused.forEach((q, field) -> SearchApi.search(TestAccounts.VIEWER, "q", q).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        SearchApi.search(TestAccounts.VIEWER, "q", word, "from", "2025-13-01").then().statusCode(422).body("errors[0].field", equalTo("from"));
        SearchApi.search(TestAccounts.VIEWER, "q", word, "from", "2025-02-01", "to", "2025-01-01").then().statusCode(422)
                .body("errors[0].field", equalTo("from"));
        SearchApi.search(TestAccounts.VIEWER, "q", word, "page", 1000, "size", 100).then().statusCode(422)
                .body("errors[0].field", equalTo("page"));
        SearchApi.search(TestAccounts.VIEWER, "q", word, "stage", "NOPE").then().statusCode(422).body("errors[0].field", equalTo("stage"));
    }

    @Test
    void quotesAndLuceneSyntaxAreNeverAnError() {
        for (String q : List.of("\"contrat " + word, word + " \"", "contrat AND " + word + " OR (", word + " title:x",
                word + " ~2 ^3 [a TO b] {c} \\ / : !", "((" + word, word + " -", "\"" + word + "\"~")) {
            JsonPath r = search(TestAccounts.VIEWER, "q", q);
            assertThat(r.getInt("total")).as(q).isGreaterThanOrEqualTo(0);
        }
        assertThat(search(TestAccounts.VIEWER, "q", "\"contrat " + word).getInt("total")).isPositive();
    }
}
