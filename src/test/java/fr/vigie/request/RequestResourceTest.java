package fr.vigie.request;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RequestResourceTest {

    @Test
    void createUpdateWithVersionAndListWithFilters() {
        FixedClock.install("2025-05-02");
        int body = RequestApi.newBody("69");
        Map<String, Object> fields = RequestApi.request(body);
        fields.put("tags", List.of("BriefCam", " Lyon ", "briefcam"));
        int id = asEditor().body(fields).post("/api/v1/requests").then().statusCode(201)
                .body("stage", equalTo("DRAFT")).body("version", equalTo(0)).body("tags", equalTo(List.of("briefcam", "lyon")))
                .extract().path("id");
        fields.put("title", "Changed title");
        fields.put("version", 0);
        asEditor().body(fields).put("/api/v1/requests/" + id).then().statusCode(200).body("title", equalTo("Changed title"))
                .body("version", equalTo(1));
        asEditor().body(fields).put("/api/v1/requests/" + id).then().statusCode(409).contentType("application/problem+json");
        fields.remove("version");
        asEditor().body(fields).put("/api/v1/requests/" + id).then().statusCode(422).body("errors.field", hasItem("version"));
        asEditor().get("/api/v1/requests?bodyId=" + body + "&tag=lyon").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].stage", equalTo("DRAFT"));
        asEditor().get("/api/v1/requests?stage=NOPE&sort=SIDEWAYS&page=0").then().statusCode(422)
                .body("errors.field", hasItem("stage")).body("errors.field", hasItem("sort")).body("errors.field", hasItem("page"));
    }

    /** Living abroad adds two months to the court period (CJA R421-7): stored on the request, it moves its dates. */
    @Test
    void theRequestersResidenceMovesTheCourtDateAndIsCheckedAgainstTheRegime() {
        FixedClock.install("2024-02-25");
        int body = RequestApi.newBody("75");
        Map<String, Object> fields = RequestApi.request(body);
        int id = asEditor().body(fields).post("/api/v1/requests").then().statusCode(201)
                .body("requesterResidence", equalTo(null)).extract().path("id");
        for (Map<String, Object> event : List.of(RequestApi.ev("SENT", "2023-11-13"), RequestApi.ev("CADA_REFERRAL_SENT", "2024-01-03"),
                RequestApi.ev("CADA_REGISTERED", "2024-01-05", "caseNumber", "20240001"),
                RequestApi.ev("CADA_AVIS", "2024-02-01", "avis", "FAVOURABLE"),
                RequestApi.ev("DECISION_AFTER_AVIS", "2024-02-20", "outcome", "REFUSED"))) {
            RequestApi.event(id, event).then().statusCode(201);
        }
        // refused on Tue 20 Feb 2024: two months, 20 Apr + 1 (franc) = Sun 21 → Mon 22 Apr 2024 (R421-1)
        asEditor().get("/api/v1/requests/" + id).then().body("nextAction.key", equalTo("COURT_BY"))
                .body("nextAction.date", equalTo("2024-04-22"));
        int version = asEditor().get("/api/v1/requests/" + id).then().extract().path("version");
        fields.put("requesterResidence", "ABROAD");
        fields.put("version", version);
        // abroad: four months, 20 Jun + 1 = Fri 21 Jun 2024 (R421-7 al. 2)
        asEditor().body(fields).put("/api/v1/requests/" + id).then().statusCode(200).body("requesterResidence", equalTo("ABROAD"))
                .body("nextAction.date", equalTo("2024-06-21"));

        fields.put("requesterResidence", "MARS");
        fields.put("version", version + 1);
        asEditor().body(fields).put("/api/v1/requests/" + id).then().statusCode(422).body("errors.field", hasItem("requesterResidence"));
        Map<String, Object> foia = RequestApi.request(body);
        foia.put("regime", "US_FOIA");
        foia.put("requesterResidence", "OVERSEAS");
        asEditor().body(foia).post("/api/v1/requests").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("requesterResidence"));
    }

    @Test
    void everyRequestFieldIsValidatedByName() {
        Map<String, Object> bad = Map.of("title", "", "text", "x".repeat(20_001), "regime", "FR_SECRET", "bodyId", 987654321,
                "channel", "PIGEON", "visibility", "SECRET", "tags", List.of("<b>", "x".repeat(41)));
        List<String> fields = asEditor().body(bad).post("/api/v1/requests").then().statusCode(422)
                .extract().jsonPath().getList("errors.field");
        assertThat(fields).contains("title", "text", "regime", "bodyId", "channel", "visibility", "tags");
        asEditor().body("{\"title\": [1], \"bodyId\": \"abc\"}").post("/api/v1/requests").then().statusCode(400);
        asEditor().body("{\"title\": \"x\", \"bodyId\": 1.5}").post("/api/v1/requests").then().statusCode(400)
                .body("errors.field", hasItem("bodyId"));
        asEditor().body("").post("/api/v1/requests").then().statusCode(400);
    }

    @Test
    void eventsThatBreakTheProcedureAreRefusedAndNothingIsStored() {
        FixedClock.install("2025-05-02");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        event(id, ev("RECEIVED", "2025-03-04", "acknowledged", true)).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("SENT", "2025-03-03")).then().statusCode(201);
        event(id, ev("SENT", "2025-03-04")).then().statusCode(422).body("errors.field", hasItem("type"));
        event(id, ev("RECEIVED", "2025-03-02", "acknowledged", true)).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("RECEIVED", "2025-03-04")).then().statusCode(422).body("errors.field", hasItem("acknowledged"));
        // a referral before any refusal: the implicit refusal only arises on 3 April
        event(id, ev("CADA_REFERRAL_SENT", "2025-03-20")).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("CADA_AVIS", "2025-04-20", "avis", "FAVOURABLE")).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("COURT_FILED", "2025-04-20")).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("ANSWER", "2025-04-20", "outcome", "MAYBE")).then().statusCode(422).body("errors.field", hasItem("outcome"));
        event(id, ev("ANSWER", "2025-04-20")).then().statusCode(422).body("errors.field", hasItem("outcome"));
        event(id, ev("TRANSFERRED", "2025-04-20", "toBodyId", 987654321)).then().statusCode(422).body("errors.field", hasItem("toBodyId"));
        event(id, ev("APPEAL_SENT", "2025-04-20")).then().statusCode(422).body("errors.field", hasItem("type"));
        event(id, ev("TELEPORTED", "2025-04-20")).then().statusCode(422).body("errors.field", hasItem("type"));
        event(id, ev("ANSWER", "2025-02-30", "outcome", "FULL")).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("ANSWER", "2025-05-03", "outcome", "FULL")).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("ANSWER", "1899-12-31", "outcome", "FULL")).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("ANSWER", "03/04/2025", "outcome", "FULL")).then().statusCode(422).body("errors.field", hasItem("date"));
        event(id, ev("ANSWER", "2025-04-20", "outcome", "FULL", "note", "\u0000bad")).then().statusCode(422)
                .body("errors.field", hasItem("note"));
        asEditor().body("{\"type\": \"SENT\", \"date\": 20250303}").post("/api/v1/requests/" + id + "/events").then().statusCode(400);
        asEditor().body("{\"type\": \"RECEIVED\", \"date\": \"2025-03-04\", \"acknowledged\": \"maybe\"}")
                .post("/api/v1/requests/" + id + "/events").then().statusCode(400).body("errors.field", hasItem("acknowledged"));
        // sent by registered post: receipt estimated 6 March, implicit refusal 6 April, before today
        asEditor().get("/api/v1/requests/" + id).then().body("events.size()", equalTo(1)).body("stage", equalTo("REFUSED"));
        asEditor().body(ev("SENT", "2025-03-03")).post("/api/v1/requests/999999999/events").then().statusCode(404);
    }

    @Test
    void correctionsAndDeletionsKeepAnAuditTrailAndRecomputeEverything() {
        FixedClock.install("2025-03-20");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        int sent = event(id, ev("SENT", "2025-03-03")).then().statusCode(201).extract().path("id");
        // registered post: receipt estimated three days later, 6 March; the refusal arises on Sunday 6 April (policy A)
        asEditor().get("/api/v1/requests/" + id).then().body("nextAction.date", equalTo("2025-04-06"));
        asEditor().body(ev("SENT", "2025-03-10", "channel", "EMAIL")).put("/api/v1/requests/" + id + "/events/" + sent)
                .then().statusCode(200).body("date", equalTo("2025-03-10"));
        asEditor().get("/api/v1/requests/" + id).then().body("deadlines.find { it.key == 'IMPLICIT_REFUSAL' }.date", equalTo("2025-04-10"));
        int received = event(id, ev("RECEIVED", "2025-03-11", "acknowledged", false)).then().statusCode(201).extract().path("id");
        // deleting the sending would leave a receipt without a sending
        asEditor().delete("/api/v1/requests/" + id + "/events/" + sent).then().statusCode(422).body("errors.field", hasItem("eventId"));
        asEditor().delete("/api/v1/requests/" + id + "/events/" + received).then().statusCode(204);
        asEditor().delete("/api/v1/requests/" + id + "/events/" + received).then().statusCode(404);
        asEditor().get("/api/v1/requests/" + id).then().body("events.size()", equalTo(1));
        long audits = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                fr.vigie.request.EventAudit.count("requestId", (long) id));
        assertThat(audits).isEqualTo(2);
        String before = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                fr.vigie.request.EventAudit.<fr.vigie.request.EventAudit>find("requestId = ?1 and action = ?2",
                        (long) id, fr.vigie.request.EventAudit.Action.CORRECTED).firstResult().before);
        assertThat(before).contains("\"date\":\"2025-03-03\"");
    }

    @Test
    void twoConcurrentEditsOneWinsTheOtherGetsAConflict() throws Exception {
        FixedClock.install("2025-05-02");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        event(id, ev("SENT", "2025-03-03")).then().statusCode(201);
        CountDownLatch start = new CountDownLatch(1);
        String auth = TestAccounts.bearer(TestAccounts.EDITOR);
        List<CompletableFuture<Integer>> edits = List.of("2025-03-20", "2025-03-21").stream()
                .map(date -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return given().header("Authorization", auth).contentType(ContentType.JSON)
                            .body(ev("ANSWER", date, "outcome", "PARTIAL", "version", 1))
                            .post("/api/v1/requests/" + id + "/events").statusCode();
                })).toList();
        start.countDown();
        List<Integer> statuses = edits.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(201, 409);
        asEditor().get("/api/v1/requests/" + id).then().body("events.size()", equalTo(2)).body("version", equalTo(2));
    }

    @Test
    void privateRequestsAreInvisibleWithoutLoginPublicOnesAreReadOnly() {
        FixedClock.install("2025-05-02");
        int body = RequestApi.newBody("75");
        int hidden = RequestApi.newRequest(body);
        Map<String, Object> open = RequestApi.request(body);
        open.put("visibility", "PUBLIC");
        int shown = asEditor().body(open).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        String publicPath = asEditor().get("/api/v1/requests/" + shown).then().extract().path("publicPath");

        given().get("/api/v1/requests/" + hidden).then().statusCode(404);
        given().get("/api/v1/requests/" + shown).then().statusCode(200).body("owner", nullValue()).body("stage", equalTo("DRAFT"));
        given().get("/api/v1/requests").then().statusCode(401);
        given().contentType(ContentType.JSON).body(ev("SENT", "2025-03-03")).post("/api/v1/requests/" + shown + "/events")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body(open).put("/api/v1/requests/" + shown).then().statusCode(401);
        given().get(publicPath).then().statusCode(200).body(org.hamcrest.Matchers.containsString("lecture seule"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("csrf-token")));
        String privateKey = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                AccessRequest.<AccessRequest>findById((long) hidden).publicKey);
        given().get("/p/" + privateKey).then().statusCode(404);
        given().get("/p/not-a-key").then().statusCode(404);
        given().header("Authorization", TestAccounts.bearer(TestAccounts.VIEWER)).contentType(ContentType.JSON)
                .body(ev("SENT", "2025-03-03")).post("/api/v1/requests/" + shown + "/events").then().statusCode(403);
    }

    /** The case number a registration gave the request goes with it when the registration is deleted. */
    @Test
    void deletingTheRegistrationTakesItsCaseNumberBack() {
        FixedClock.install("2025-05-02");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        event(id, ev("SENT", "2025-03-03")).then().statusCode(201);
        event(id, ev("ANSWER", "2025-03-20", "outcome", "REFUSED")).then().statusCode(201);
        event(id, ev("CADA_REFERRAL_SENT", "2025-04-01")).then().statusCode(201);
        int registered = event(id, ev("CADA_REGISTERED", "2025-04-03", "caseNumber", "20251234")).then().statusCode(201)
                .extract().path("id");
        asEditor().get("/api/v1/requests/" + id).then().body("cadaCaseNumber", equalTo("20251234"));
        asEditor().delete("/api/v1/requests/" + id + "/events/" + registered).then().statusCode(204);
        asEditor().get("/api/v1/requests/" + id).then().body("cadaCaseNumber", org.hamcrest.Matchers.nullValue());
    }
}
