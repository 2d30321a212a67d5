package fr.vigie.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 18 ("Nobody gets in who does not belong"), the gaps an attack found, one test per item, named by its number.
 * Items tested elsewhere: 3 and 5 in LoginThrottleTest; 17 in RequestPagesTest.aTransferredRequestShowsTheCompetentBody;
 * 18 (attachments) in EventAttachmentsTest.anEventTakesAtMostTwentyFiles; 24 (case number) in
 * RequestResourceTest.deletingTheRegistrationTakesItsCaseNumberBack.
 */
@QuarkusTest
class SecurityGapsTest {

    @BeforeEach
    void accounts() {
        TestAccounts.ensure();
    }

    @Test
    void item15_nonCharactersAreRefusedInText() {
        FixedClock.install("2025-03-10");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        RequestApi.event(id, RequestApi.ev("SENT", "2025-03-03", "note", "accusé \uFFFF reçu")).then().statusCode(422)
                .body("errors.field", hasItem("note"));
        RequestApi.event(id, RequestApi.ev("SENT", "2025-03-03", "note", "accusé \uFFFE reçu")).then().statusCode(422)
                .body("errors.field", hasItem("note"));
        Map<String, Object> r = RequestApi.request(RequestApi.newBody("75"));
        r.put("title", "Vidéo \uFDD0 protection");
        RequestApi.asEditor().body(r).post("/api/v1/requests").then().statusCode(422).body("errors.field", hasItem("title"));
    }

    @Test
    void item16_aMalformedAcceptLanguageFallsBackToFrench() {
        for (String header : List.of("en;q=abc", "en;q=", ";;;,,,", "en;q=NaN", "xx-yy-zz;q=0.5,*", "en;q=2")) {
            given().header("Accept-Language", header).get("/login").then().statusCode(200)
                    .body(containsString("lang=\"fr\""));
        }
        given().header("Accept-Language", "de, en;q=abc, en-GB;q=0.8").get("/login").then().statusCode(200)
                .body(containsString("lang=\"en\""));
        BrowserSession.login(TestAccounts.VIEWER).request().header("Accept-Language", "en;q=abc").get("/requests")
                .then().statusCode(200);
    }

    @Test
    void item24_percentAndUnderscoreInATagFilterAreTakenLiterally() {
        int body = RequestApi.newBody("75");
        Map<String, Object> literal = RequestApi.request(body);
        literal.put("tags", List.of("a_c"));
        RequestApi.asEditor().body(literal).post("/api/v1/requests").then().statusCode(201);
        Map<String, Object> other = RequestApi.request(body);
        other.put("tags", List.of("abc"));
        RequestApi.asEditor().body(other).post("/api/v1/requests").then().statusCode(201);
        RequestApi.asEditor().get("/api/v1/requests?bodyId=" + body + "&tag=a_c").then().statusCode(200).body("total", equalTo(1));
        RequestApi.asEditor().queryParam("bodyId", body).queryParam("tag", "%").get("/api/v1/requests").then().statusCode(200)
                .body("total", equalTo(0));
        BrowserSession.login(TestAccounts.EDITOR).request().queryParam("tag", "%").get("/").then().statusCode(200);
    }

    @Test
    void item21_aParentCycleLongerThanFiftyBodiesIsRefused() {
        java.util.List<Integer> chain = new java.util.ArrayList<>();
        Integer previous = null;
        for (int i = 0; i < 51; i++) {
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("name", "Maillon " + i + " " + java.util.UUID.randomUUID());
            body.put("kind", "OTHER");
            body.put("parentId", previous);
            previous = RequestApi.asEditor().body(body).post("/api/v1/bodies").then().statusCode(201).extract().path("id");
            chain.add(previous);
        }
        Map<String, Object> deeper = new java.util.HashMap<>(Map.of("name", "Trop profond " + java.util.UUID.randomUUID(),
                "kind", "OTHER", "parentId", previous));
        RequestApi.asEditor().body(deeper).post("/api/v1/bodies").then().statusCode(422).body("errors.field", hasItem("parentId"));
        Map<String, Object> root = RequestApi.asEditor().get("/api/v1/bodies/" + chain.get(0)).then().extract().as(Map.class);
        root.put("parentId", chain.get(chain.size() - 1));
        RequestApi.asEditor().body(root).put("/api/v1/bodies/" + chain.get(0)).then().statusCode(422)
                .body("errors.field", hasItem("parentId"));
    }

    @Test
    void item14_lengthsAreCountedAsTheDatabaseCountsThem() {
        String emoji = "\uD83D\uDE93".repeat(200); // 200 characters, 400 UTF-16 units: H2's VARCHAR(300) would not hold them
        RequestApi.asEditor().body(Map.of("name", emoji, "kind", "OTHER")).post("/api/v1/bodies").then().statusCode(422)
                .body("errors.field", hasItem("name"));
        Map<String, Object> r = RequestApi.request(RequestApi.newBody("75"));
        r.put("title", "\uD83D\uDE93".repeat(300));
        RequestApi.asEditor().body(r).post("/api/v1/requests").then().statusCode(422).body("errors.field", hasItem("title"));
        RequestApi.asEditor().body(Map.of("name", "\uD83D\uDE93".repeat(150), "kind", "OTHER")).post("/api/v1/bodies")
                .then().statusCode(201);
    }
}
