package fr.vigie.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import fr.vigie.request.AccessRequest;
import fr.vigie.request.StateRefresher;
import fr.vigie.request.RequestApi;
import fr.vigie.testing.FixedClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CampaignApiTest {

    @Inject
    StateRefresher refresher;

    static Map<String, Object> campaign(List<Integer> bodyIds) {
        Map<String, Object> c = new HashMap<>();
        c.put("name", "BriefCam");
        c.put("regime", "FR_CRPA");
        c.put("text", "À l'attention de {{prada}}, {{organisme}} ({{departement}}) : je demande les bons de commande de BriefCam.");
        c.put("tags", List.of("briefcam"));
        c.put("bodyIds", bodyIds);
        return c;
    }

    static int create(List<Integer> bodyIds) {
        return RequestApi.asEditor().body(campaign(bodyIds)).post("/api/v1/campaigns").then().statusCode(201)
                .body("requestCount", equalTo((int) bodyIds.stream().distinct().count())).extract().path("id");
    }

    static List<Integer> requestIds(int campaignId) {
        return RequestApi.asEditor().get("/api/v1/campaigns/" + campaignId + "/requests?size=100").then().statusCode(200)
                .extract().path("items.id");
    }

    static long requests() {
        return QuarkusTransaction.requiringNew().call(() -> AccessRequest.count());
    }

    static long campaigns() {
        return QuarkusTransaction.requiringNew().call(() -> Campaign.count());
    }

    @Test
    void oneRequestPerBodyEachWithItsOwnLetter() {
        FixedClock.install("2025-03-01");
        int paris = RequestApi.newBody("75");
        int lyon = RequestApi.newBody("69");
        int id = create(List.of(paris, lyon, paris));
        assertThat(requestIds(id)).hasSize(2);
        JsonPath detail = RequestApi.asEditor().get("/api/v1/campaigns/" + id).then().statusCode(200)
                .body("requestCount", equalTo(2)).body("stages.DRAFT", equalTo(2)).body("stages.ANSWERED", equalTo(0))
                .extract().jsonPath();
        assertThat(detail.getObject("answeredInTimeShare", Double.class)).isNull();
        for (int requestId : requestIds(id)) {
            JsonPath r = RequestApi.asEditor().get("/api/v1/requests/" + requestId).then().statusCode(200).extract().jsonPath();
            String body = RequestApi.asEditor().get("/api/v1/bodies/" + r.getInt("bodyId")).then().extract().path("name");
            assertThat(r.getString("text")).startsWith("À l'attention de la personne responsable de l'accès aux documents "
                    + "administratifs, " + body + " (");
            assertThat(r.getString("title")).isEqualTo("BriefCam — " + body);
            assertThat(r.getList("tags", String.class)).containsExactly("briefcam");
        }
    }

    @Test
    void aBatchWithOneUnknownBodyCreatesNothing() {
        int known = RequestApi.newBody("13");
        long requestsBefore = requests();
        long campaignsBefore = campaigns();
        RequestApi.asEditor().body(campaign(List.of(known, 999_999_999))).post("/api/v1/campaigns").then().statusCode(422)
                .contentType(containsString("problem+json"))
                .body("errors[0].field", equalTo("bodyIds[1]")).body("errors[0].message", containsString("999999999"));
        assertThat(requests()).isEqualTo(requestsBefore);
        assertThat(campaigns()).isEqualTo(campaignsBefore);
    }

    @Test
    void aBodyTheWriterRefusesRefusesTheBatchNamingIt() {
        int first = RequestApi.newBody("13");
        int second = RequestApi.newBody("13");
        int id = create(List.of(first));
        long before = requests();
        // the second body is new, the first already in: nothing is added, the first is named
        RequestApi.asEditor().body(Map.of("bodyIds", List.of(second, first))).post("/api/v1/campaigns/" + id + "/requests")
                .then().statusCode(422).body("errors[0].field", equalTo("bodyIds[1]"));
        // a letter too long once rendered: the writer refuses it, the batch names the body
        Map<String, Object> big = campaign(List.of(first, second));
        big.put("text", "{{organisme}} " + "x".repeat(19_980));
        String name = RequestApi.asEditor().get("/api/v1/bodies/" + second).then().extract().path("name");
        RequestApi.asEditor().body(big).post("/api/v1/campaigns").then().statusCode(422)
                .body("errors[0].field", equalTo("bodyIds[0]")).body("errors[0].message", containsString("text"));
        assertThat(requests()).isEqualTo(before);
        assertThat(name).isNotBlank();
    }

    @Test
    void matrixCountsAndInTimeShareWithAFixedClock() {
        FixedClock clock = FixedClock.install("2025-03-03");
        List<Integer> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bodies.add(RequestApi.newBody("75"));
        }
        int id = create(bodies);
        List<Integer> requests = requestIds(id);
        for (int r : requests.subList(0, 3)) {
            RequestApi.event(r, RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL")).then().statusCode(201);
        }
        // answered in time (implicit refusal on 3 April 2025), answered late, never answered, never sent
        clock.set("2025-03-20");
        RequestApi.event(requests.get(0), RequestApi.ev("ANSWER", "2025-03-20", "outcome", "FULL")).then().statusCode(201);
        clock.set("2025-05-20");
        RequestApi.event(requests.get(1), RequestApi.ev("ANSWER", "2025-05-20", "outcome", "FULL")).then().statusCode(201);
        clock.set("2025-05-21");
        refresher.refreshExpired(); // as the nightly job does
        RequestApi.asEditor().get("/api/v1/campaigns/" + id).then().statusCode(200)
                .body("requestCount", equalTo(4)).body("sent", equalTo(3)).body("answeredInTime", equalTo(1))
                .body("answeredInTimeShare", equalTo(33.3f)).body("stages.DRAFT", equalTo(1))
                .body("stages.ANSWERED", equalTo(2)).body("stages.REFUSED", equalTo(1))
                .body("overdue", equalTo(1)).body("overdueRequestIds", equalTo(List.of(requests.get(2))));
        RequestApi.asEditor().get("/api/v1/campaigns/" + id + "/requests?size=2&page=2").then().statusCode(200)
                .body("total", equalTo(4)).body("items.size()", equalTo(2));
    }

    @Test
    void unknownCampaignIs404AndBadPagingIs400() {
        RequestApi.asEditor().get("/api/v1/campaigns/999999999").then().statusCode(404);
        RequestApi.asEditor().get("/api/v1/campaigns?size=1000").then().statusCode(400);
        RequestApi.asEditor().body(Map.of("name", "x", "regime", "FR_CRPA", "text", "t", "bodyIds", List.of(-1)))
                .post("/api/v1/campaigns").then().statusCode(422).body("errors[0].field", equalTo("bodyIds[0]"));
    }
}
