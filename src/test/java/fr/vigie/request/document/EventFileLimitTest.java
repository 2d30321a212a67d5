package fr.vigie.request.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.request.RequestService;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Issue 18, item 18: an event takes at most a set number of files, also when they come one by one through the API. */
@QuarkusTest
class EventFileLimitTest {

    @Test
    void item18_anEventTakesAtMostTwentyFilesThroughTheApiToo() {
        FixedClock.install("2025-03-10");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        int eventId = RequestApi.event(id, RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL"))
                .then().statusCode(201).extract().path("id");
        String csrf = given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        for (int i = 0; i < RequestService.MAX_FILES_PER_EVENT; i++) {
            attach(id, eventId, csrf, i).then().statusCode(201);
        }
        attach(id, eventId, csrf, 99).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("eventId"));
        // the request itself still takes files
        RequestApi.asEditor().contentType("multipart/form-data").cookie("vigie-csrf", csrf).header("X-CSRF-TOKEN", csrf)
                .multiPart("file", "autre.pdf", TestFiles.pdf("autre")).post("/api/v1/requests/" + id + "/documents")
                .then().statusCode(201);
    }

    private static Response attach(int id, int eventId, String csrf, int n) {
        return RequestApi.asEditor().contentType("multipart/form-data").cookie("vigie-csrf", csrf).header("X-CSRF-TOKEN", csrf)
                .multiPart("file", "piece-" + n + ".pdf", TestFiles.pdf("piece " + n))
                .multiPart("eventId", String.valueOf(eventId)).post("/api/v1/requests/" + id + "/documents");
    }
}
