package fr.vigie.request.item;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.item.ItemApi.decide;
import static fr.vigie.request.item.ItemApi.event;
import static fr.vigie.request.item.ItemApi.itemIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The figures of grounds and the items × outcome matrix, with a fixed clock, against values computed by hand from
 * three BriefCam requests (run on H2 and on PostgreSQL with the pg profile).
 */
@QuarkusTest
class GroundFiguresTest {

    private static final String D = "CRPA_L311_5_2_D";
    private static final String BUSINESS = "CRPA_L311_6_1_BUSINESS";
    private static final String G = "CRPA_L311_5_2_G";

    @Test
    void groundsPerBodyAndOverallAndTheMatrixAsComputedByHand() {
        FixedClock.install("2025-07-01");
        String tag = "bc" + UUID.randomUUID().toString().substring(0, 8);
        int bodyA = RequestApi.newBody("69");
        int bodyB = RequestApi.newBody("13");
        int bodyC = RequestApi.newBody("75");

        // A: 2 given, 3 refused on L311-5 2° d, 2 not held, 1 pending; CADA favourable (but unfavourable on item 4),
        // then refused again after the avis
        int a = ItemApi.briefCamRequest(bodyA, tag);
        List<Integer> ia = itemIds(a);
        event(a, "SENT", "2025-03-03", "channel", "EMAIL");
        int answerA = event(a, "ANSWER", "2025-04-01", "outcome", "PARTIAL");
        decide(a, ia.get(0), "outcome", "GIVEN", "eventId", answerA).then().statusCode(200);
        decide(a, ia.get(1), "outcome", "GIVEN", "eventId", answerA).then().statusCode(200);
        for (int i = 2; i <= 4; i++) {
            decide(a, ia.get(i), "outcome", "REFUSED", "ground", D, "eventId", answerA).then().statusCode(200);
        }
        decide(a, ia.get(5), "outcome", "NOT_HELD", "eventId", answerA).then().statusCode(200);
        decide(a, ia.get(6), "outcome", "NOT_HELD", "eventId", answerA).then().statusCode(200);
        event(a, "CADA_REFERRAL_SENT", "2025-04-15");
        event(a, "CADA_REGISTERED", "2025-04-20", "caseNumber", "20251234");
        event(a, "CADA_AVIS", "2025-05-20", "avis", "FAVOURABLE");
        event(a, "DECISION_AFTER_AVIS", "2025-06-10", "outcome", "REFUSED");
        decide(a, ia.get(4), "outcome", "REFUSED", "ground", D, "eventId", answerA, "avis", "UNFAVOURABLE").then().statusCode(200);

        // B: the answer says FULL, the items say otherwise: contract redacted (business secrecy), impact assessment
        // refused on two grounds; the rest pending
        int b = ItemApi.briefCamRequest(bodyB, tag);
        List<Integer> ib = itemIds(b);
        event(b, "SENT", "2025-03-03", "channel", "EMAIL");
        int answerB = event(b, "ANSWER", "2025-04-02", "outcome", "FULL");
        decide(b, ib.get(0), "outcome", "GIVEN_REDACTED", "ground", BUSINESS, "eventId", answerB, "note", "prix occultés")
                .then().statusCode(200);
        decide(b, ib.get(2), "outcome", "REFUSED", "grounds", List.of(BUSINESS, D), "eventId", answerB).then().statusCode(200);

        // C: not of the tag; the impact assessment refused on 2° g
        int c = ItemApi.briefCamRequest(bodyC);
        event(c, "SENT", "2025-03-03", "channel", "EMAIL");
        int answerC = event(c, "ANSWER", "2025-04-03", "outcome", "REFUSED");
        decide(c, itemIds(c).get(2), "outcome", "REFUSED", "ground", G, "eventId", answerC).then().statusCode(200);

        List<String> labels = asEditor().get("/api/v1/requests/" + a + "/items").then().extract().path("items.label");
        String contract = labels.get(0);
        String aipd = labels.get(2);
        String register = labels.get(3);
        String instructions = labels.get(4);

        JsonPath tagged = asEditor().get("/api/v1/statistics/grounds?tag=" + tag).then().statusCode(200).extract().jsonPath();
        // overall: 2° d four times (A: 3 items, B: 1), the CADA disagreed on A's items 2 and 3 (item 4: unfavourable),
        // and its favourable avis was not followed on those two; business secrecy twice (B), no avis
        assertThat(tagged.getList("grounds.ground")).containsExactly(D, BUSINESS);
        assertThat(figure(tagged, "grounds", D)).containsExactly(4, Map.of(aipd, 2, register, 1, instructions, 1), 2, 2);
        assertThat(figure(tagged, "grounds", BUSINESS)).containsExactly(2, Map.of(contract, 1, aipd, 1), 0, 0);
        // per body: A refused or redacted 3 items, B 2
        assertThat(tagged.getList("bodies.items.bodyId")).containsExactly(bodyA, bodyB);
        assertThat(tagged.getList("bodies.items.refusedItems")).containsExactly(3, 2);
        assertThat(tagged.getList("bodies.items[1].grounds.ground")).containsExactly(BUSINESS, D);
        assertThat(tagged.getInt("bodies.total")).isEqualTo(2);
        // the matrix: one line per document, 8 lines; the contract given by A, redacted by B; the impact assessment
        // refused by both (2° d twice, business secrecy once)
        assertThat(tagged.getList("matrix")).hasSize(8);
        assertThat(row(tagged, contract)).containsEntry("GIVEN", 1).containsEntry("GIVEN_REDACTED", 1).containsEntry("REFUSED", 0);
        assertThat(row(tagged, aipd)).containsEntry("REFUSED", 2).containsEntry("GIVEN", 0);
        assertThat(tagged.getMap("matrix.find { it.label == '" + aipd.replace("'", "\\'") + "' }.grounds"))
                .isEqualTo(Map.of(D, 2, BUSINESS, 1));
        assertThat(row(tagged, labels.get(5))).containsEntry("NOT_HELD", 1).containsEntry("PENDING", 1);

        // one body: C's own ground, and nothing of the others
        JsonPath onlyC = asEditor().get("/api/v1/statistics/grounds?bodyId=" + bodyC).then().statusCode(200).extract().jsonPath();
        assertThat(onlyC.getList("grounds.ground")).containsExactly(G);
        // the request's outcome is its items': B's answer said FULL, its items give PARTIAL, counted as a refusal
        asEditor().get("/api/v1/requests/" + b).then().body("itemsOutcome", org.hamcrest.Matchers.equalTo("PARTIAL"));
        JsonPath statsB = asEditor().get("/api/v1/statistics/grounds?bodyId=" + bodyB).then().extract().jsonPath();
        assertThat(statsB.getList("grounds.ground")).containsExactly(BUSINESS, D);
        asEditor().get("/api/v1/statistics/grounds?campaignId=999999999").then().statusCode(422)
                .body("errors.field", hasItem("campaignId"));
        asEditor().get("/api/v1/statistics/grounds?bodyId=abc").then().statusCode(422).body("errors.field", hasItem("bodyId"));

        // the CSV of the matrix, and the pages
        String csv = asEditor().get("/statistics/grounds/matrix.csv?tag=" + tag).then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("item,pending,given,given_redacted,refused,not_held,"
                + "already_public,not_an_administrative_document,transferred,total,refused_grounds");
        assertThat(csv).contains(aipd + ",0,0,0,2,0,0,0,0,2,L311-5 2° d CRPA (CRPA_L311_5_2_D): 2; L311-6 1° CRPA"
                + " (CRPA_L311_6_1_BUSINESS): 1\r\n");
        assertThat(csv).contains("\"" + instructions + "\",1,0,0,1,0,0,0,0,2,L311-5 2° d CRPA (CRPA_L311_5_2_D): 1\r\n");
        String page = asEditor().get("/statistics/grounds?tag=" + tag).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"grounds-overall\"", "id=\"grounds-" + bodyA + "\"", "id=\"matrix\"");
        String bodyPage = asEditor().get("/bodies/" + bodyA).then().statusCode(200).extract().asString();
        assertThat(bodyPage).contains("id=\"grounds-body\"", "L311-5 2° d CRPA");
    }

    /** times, items, cadaDisagreed, favourableIgnored of one ground. */
    private static List<Object> figure(JsonPath json, String list, String ground) {
        String at = list + ".find { it.ground == '" + ground + "' }";
        return List.of(json.getInt(at + ".times"), new LinkedHashMap<>(json.getMap(at + ".items")), json.getInt(at + ".cadaDisagreed"),
                json.getInt(at + ".favourableIgnored"));
    }

    private static Map<String, Object> row(JsonPath json, String label) {
        return json.getMap("matrix.find { it.label == '" + label.replace("'", "\\'") + "' }.outcomes");
    }
}
