package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The campaign filter: the requests of one campaign, their notes and documents; never those outside it. */
@QuarkusTest
class SearchCampaignTest {

    @Test
    void theCampaignFilterKeepsItsRequestsOnly() {
        TestAccounts.ensure();
        String word = SearchApi.unique("cmp");
        int paris = SearchApi.newBody("Préfecture de police " + word, "PREFECTURE", "75");
        int lyon = SearchApi.newBody("Mairie de Lyon " + word, "COMMUNE", "69");
        int campaign = SearchApi.as(TestAccounts.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Campagne " + word, "regime", "FR_CRPA", "text",
                        "Je demande à {{organisme}} les bons de commande " + word + ".", "tags", List.of("briefcam"),
                        "bodyIds", List.of(paris, lyon)))
                .post("/api/v1/campaigns").then().statusCode(201).body("requestCount", equalTo(2)).extract().path("id");
        List<Integer> members = SearchApi.as(TestAccounts.EDITOR).get("/api/v1/campaigns/" + campaign + "/requests?size=100")
                .then().statusCode(200).extract().path("items.id");
        int outside = SearchApi.newRequest(paris, "Hors campagne " + word, "Bons de commande " + word, "PRIVATE", List.of());
        SearchApi.event(members.get(0), Map.of("type", "SENT", "date", "2025-03-03", "channel", "EMAIL",
                "note", "Relance faite " + word));
        SearchApi.await(TestAccounts.EDITOR, j -> j.getInt("total") == 4, "q", word);

        JsonPath inCampaign = SearchApi.search(TestAccounts.VIEWER, "q", word, "campaignId", campaign).then().statusCode(200)
                .extract().jsonPath();
        assertThat(inCampaign.getInt("total")).isEqualTo(3);
        assertThat(inCampaign.getList("items.requestId", Integer.class)).containsOnlyElementsOf(members)
                .doesNotContain(outside);
        assertThat(inCampaign.getList("items.type")).contains("REQUEST", "NOTE");
        assertThat(SearchApi.search(TestAccounts.VIEWER, "q", word, "campaignId", campaign, "bodyId", lyon, "type", "REQUEST")
                .then().extract().jsonPath().getInt("total")).isEqualTo(1);
        assertThat(SearchApi.search(TestAccounts.VIEWER, "q", word, "campaignId", campaign + 1_000_000).then()
                .extract().jsonPath().getInt("total")).isZero();
        String page = SearchApi.as(TestAccounts.VIEWER).get("/search?campaignId=" + campaign).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Campagne " + word).doesNotContain("Hors campagne " + word);
        SearchApi.search(TestAccounts.VIEWER, "q", word, "campaignId", "x").then().statusCode(422)
                .body("errors[0].field", equalTo("campaignId"));
    }
}
