package fr.vigie.campaign;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.item.ItemApi.decide;
import static fr.vigie.request.item.ItemApi.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.request.item.ItemApi;
import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The grounds figures filtered by campaign count the campaign's requests and no other. */
@QuarkusTest
class CampaignGroundsTest {

    private static final String D = "CRPA_L311_5_2_D";
    private static final String G = "CRPA_L311_5_2_G";

    @Test
    void groundsOfACampaignAreThoseOfItsRequestsOnly() {
        FixedClock.install("2025-06-01");
        int paris = RequestApi.newBody("75");
        int lyon = RequestApi.newBody("69");
        int campaign = CampaignApiTest.create(List.of(paris, lyon));
        int inside = CampaignApiTest.requestIds(campaign).get(0);
        List<Map<String, Object>> items = new ArrayList<>(List.of(Map.of("label", "Bons de commande BriefCam"),
                Map.of("label", "Analyse d'impact")));
        asEditor().body(Map.of("version", 0, "items", items)).put("/api/v1/requests/" + inside + "/items").then().statusCode(200);
        event(inside, "SENT", "2025-03-03", "channel", "EMAIL");
        int answer = event(inside, "ANSWER", "2025-04-01", "outcome", "PARTIAL");
        List<Integer> ids = ItemApi.itemIds(inside);
        decide(inside, ids.get(0), "outcome", "GIVEN", "eventId", answer).then().statusCode(200);
        decide(inside, ids.get(1), "outcome", "REFUSED", "ground", D, "eventId", answer).then().statusCode(200);

        // a refusal outside the campaign, on another ground
        int outside = ItemApi.briefCamRequest(RequestApi.newBody("13"));
        event(outside, "SENT", "2025-03-03", "channel", "EMAIL");
        int answerOutside = event(outside, "ANSWER", "2025-04-02", "outcome", "REFUSED");
        decide(outside, ItemApi.itemIds(outside).get(2), "outcome", "REFUSED", "ground", G, "eventId", answerOutside)
                .then().statusCode(200);

        JsonPath figures = asEditor().get("/api/v1/statistics/grounds?campaignId=" + campaign).then().statusCode(200)
                .extract().jsonPath();
        assertThat(figures.getList("grounds.ground")).containsExactly(D);
        assertThat(figures.getList("grounds.times", Integer.class)).containsExactly(1);
        assertThat(figures.getList("matrix.label")).containsExactly("Analyse d'impact", "Bons de commande BriefCam");
        asEditor().get("/api/v1/statistics/grounds?campaignId=999999999").then().statusCode(422)
                .body("errors.field", hasItem("campaignId"));
    }
}
