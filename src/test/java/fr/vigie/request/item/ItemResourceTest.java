package fr.vigie.request.item;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.item.ItemApi.decide;
import static fr.vigie.request.item.ItemApi.event;
import static fr.vigie.request.item.ItemApi.itemIds;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The items of a request through the API: listed from the letter, decided one by one, refused whole when wrong. */
@QuarkusTest
class ItemResourceTest {

    @Test
    void aBriefCamAnswerDecidedItemByItemGivesTheRequestItsOutcome() {
        FixedClock.install("2025-05-02");
        int body = RequestApi.newBody("69");
        int id = ItemApi.briefCamRequest(body);
        List<Integer> items = itemIds(id);
        assertThat(items).hasSize(8);
        event(id, "SENT", "2025-03-03", "channel", "EMAIL");
        int answer = event(id, "ANSWER", "2025-04-01", "outcome", "PARTIAL");
        decide(id, items.get(0), "outcome", "GIVEN_REDACTED", "ground", "CRPA_L311_6_1_BUSINESS", "eventId", answer,
                "note", "prix unitaires occultés").then().statusCode(200).body("outcome", equalTo("GIVEN_REDACTED"))
                .body("ground", equalTo("CRPA_L311_6_1_BUSINESS"));
        decide(id, items.get(1), "outcome", "GIVEN", "eventId", answer).then().statusCode(200);
        for (int i = 2; i < 5; i++) {
            decide(id, items.get(i), "outcome", "REFUSED", "grounds", List.of("CRPA_L311_5_2_D"), "eventId", answer)
                    .then().statusCode(200).body("citations[0]", equalTo("L311-5 2° d CRPA — sûreté de l'État, sécurité publique,"
                            + " sécurité des personnes ou sécurité des systèmes d'information"));
        }
        decide(id, items.get(5), "outcome", "NOT_HELD", "eventId", answer).then().statusCode(200);
        decide(id, items.get(6), "outcome", "NOT_HELD", "eventId", answer).then().statusCode(200);

        JsonPath detail = asEditor().get("/api/v1/requests/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("itemsOutcome")).isEqualTo("PARTIAL");
        assertThat(detail.getList("items.outcome")).containsExactly("GIVEN_REDACTED", "GIVEN", "REFUSED", "REFUSED", "REFUSED",
                "NOT_HELD", "NOT_HELD", "PENDING");
        assertThat(detail.getList("items.ground")).containsExactly("CRPA_L311_6_1_BUSINESS", null, "CRPA_L311_5_2_D",
                "CRPA_L311_5_2_D", "CRPA_L311_5_2_D", null, null, null);
        assertThat(detail.getList("items.eventId")).containsOnly(answer, null);
        assertThat(detail.getString("items[0].label")).isEqualTo("Les bons de commande");

        // every item given after all: the request's outcome is derived FULL; the answer event itself is left as recorded
        for (int i = 2; i < 8; i++) {
            decide(id, items.get(i), "outcome", "GIVEN", "eventId", answer).then().statusCode(200);
        }
        decide(id, items.get(0), "outcome", "GIVEN", "eventId", answer).then().statusCode(200);
        asEditor().get("/api/v1/requests/" + id).then().body("itemsOutcome", equalTo("FULL"));
    }

    @Test
    void badDecisionsAreRefusedNamingTheFieldAndWriteNothing() {
        FixedClock.install("2025-05-02");
        int body = RequestApi.newBody("75");
        int id = ItemApi.briefCamRequest(body);
        int other = ItemApi.briefCamRequest(body);
        int item = itemIds(id).get(0);
        int sent = event(id, "SENT", "2025-03-03", "channel", "EMAIL");
        int answer = event(id, "ANSWER", "2025-04-01", "outcome", "REFUSED");
        int otherAnswer = event(other, "SENT", "2025-03-03", "channel", "EMAIL");
        int otherDoc = ItemApi.upload(other, "contrat.pdf");
        int ownDoc = ItemApi.upload(id, "facture.pdf");
        refused(decide(id, item, "outcome", "REFUSED", "ground", "US_B5", "eventId", answer), "ground");
        refused(decide(id, item, "outcome", "REFUSED", "eventId", answer), "ground");
        refused(decide(id, item, "outcome", "GIVEN", "eventId", answer, "documentIds", List.of(otherDoc)), "documentIds");
        refused(decide(id, item, "outcome", "REFUSED", "ground", "CRPA_L311_5_2_D", "eventId", sent), "eventId");
        refused(decide(id, item, "outcome", "GIVEN", "eventId", otherAnswer), "eventId");
        refused(decide(id, item, "outcome", "GIVEN"), "eventId");
        refused(decide(id, item, "outcome", "REFUSED", "ground", "CRPA_L311_5_2_D", "eventId", answer, "avis", "FAVOURABLE"), "avis");
        refused(decide(id, item, "outcome", "LOST", "eventId", answer), "outcome");
        refused(decide(id, item, "outcome", "GIVEN", "eventId", answer, "documentIds", List.of(ownDoc, otherDoc)), "documentIds");
        refused(decide(id, item, "outcome", "REFUSED", "ground", "NO_SUCH_GROUND", "eventId", answer), "ground");
        decide(id, itemIds(other).get(0), "outcome", "GIVEN", "eventId", answer).then().statusCode(404);
        decide(other, item, "outcome", "GIVEN", "eventId", answer).then().statusCode(404);
        // nothing half-written: the item is as it was, the request's version has not moved
        JsonPath detail = asEditor().get("/api/v1/requests/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("items[0].outcome")).isEqualTo("PENDING");
        assertThat(detail.getList("items[0].grounds")).isEmpty();
        assertThat(detail.getString("itemsOutcome")).isNull();
        decide(id, item, "outcome", "GIVEN", "eventId", answer, "documentIds", List.of(ownDoc)).then().statusCode(200)
                .body("documentIds", equalTo(List.of(ownDoc)));
        // deleting the answer takes back what it decided
        asEditor().delete("/api/v1/requests/" + id + "/events/" + answer).then().statusCode(204);
        asEditor().get("/api/v1/requests/" + id).then().body("items[0].outcome", equalTo("PENDING"))
                .body("itemsOutcome", nullValue());
    }

    @Test
    void theListIsReplacedWholeWithItsVersion() {
        FixedClock.install("2025-05-02");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        asEditor().body(Map.of("items", List.of(Map.of("label", "Le contrat")))).put("/api/v1/requests/" + id + "/items")
                .then().statusCode(422).body("errors.field", hasItem("version"));
        int first = asEditor().body(Map.of("version", 0, "items", List.of(Map.of("label", "Le contrat"), Map.of("label", "La facture"))))
                .put("/api/v1/requests/" + id + "/items").then().statusCode(200).body("version", equalTo(1))
                .body("items", hasSize(2)).extract().path("items[0].id");
        asEditor().body(Map.of("version", 0, "items", List.of())).put("/api/v1/requests/" + id + "/items").then().statusCode(409);
        asEditor().body(Map.of("version", 1, "items", List.of(Map.of("id", first, "label", "Le contrat signé"), Map.of("label", ""),
                Map.of("id", 999_999_999, "label", "x")))).put("/api/v1/requests/" + id + "/items").then().statusCode(422)
                .body("errors.field", hasItem("items[1].label")).body("errors.field", hasItem("items[2].id"));
        asEditor().body(Map.of("version", 1, "items", List.of(Map.of("label", "Les journaux"), Map.of("id", first, "label", "Le contrat signé"))))
                .put("/api/v1/requests/" + id + "/items").then().statusCode(200).body("items.label",
                        equalTo(List.of("Les journaux", "Le contrat signé"))).body("items[1].id", equalTo(first));
        given().get("/api/v1/requests/" + id + "/items").then().statusCode(401);
    }

    @Test
    void theCadaReferralListsTheDocumentsNotGivenWithTheGroundEachBodyGave() {
        FixedClock.install("2025-04-20");
        int identity = fr.vigie.letter.LetterTestData.editorIdentity();
        int id = ItemApi.briefCamRequest(RequestApi.newBody("69"));
        List<Integer> items = itemIds(id);
        event(id, "SENT", "2025-03-03", "channel", "EMAIL");
        int answer = event(id, "ANSWER", "2025-04-01", "outcome", "PARTIAL");
        decide(id, items.get(0), "outcome", "GIVEN", "eventId", answer).then().statusCode(200);
        decide(id, items.get(2), "outcome", "REFUSED", "ground", "CRPA_L311_5_2_D", "eventId", answer).then().statusCode(200);
        decide(id, items.get(5), "outcome", "NOT_HELD", "eventId", answer).then().statusCode(200);
        String letter = asEditor().get("/api/v1/requests/" + id + "/letters/CADA_REFERRAL?identityId=" + identity).then()
                .statusCode(200).extract().asString();
        assertThat(letter).contains("Les documents suivants ne m'ont pas été communiqués :",
                "- L'analyse d'impact relative à la protection des données (AIPD) réalisée pour ce traitement : refusé, au motif"
                        + " invoqué de l'article L311-5 2° d CRPA — sûreté de l'État, sécurité publique, sécurité des personnes ou"
                        + " sécurité des systèmes d'information ;",
                "- Les journaux d'utilisation : déclaré inexistant ou non détenu ;",
                "- Les licences en cours ou passées : resté sans réponse ;");
        assertThat(letter).doesNotContain("- Les bons de commande :");
    }

    @Test
    void theGroundsOfARegime() {
        given().get("/api/v1/grounds?regime=FR_CRPA").then().statusCode(200).body("$", hasSize(18))
                .body("find { it.code == 'CRPA_L311_5_2_D' }.article", equalTo("L311-5 2° d CRPA"))
                .body("find { it.code == 'CRPA_L311_5_2_D' }.regime", equalTo("FR_CRPA"));
        given().header("Accept-Language", "en").get("/api/v1/grounds?regime=US_FOIA").then().statusCode(200).body("$", hasSize(9));
        given().get("/api/v1/grounds?regime=XX").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("regime"));
        given().get("/api/v1/grounds").then().statusCode(200).body("find { it.code == 'UK_S12' }.label", org.hamcrest.Matchers.notNullValue());
    }

    private static void refused(io.restassured.response.Response response, String field) {
        response.then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
