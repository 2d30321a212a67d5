package fr.vigie.request;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** The remedies after the first refusal, recorded on requests through the page and the API, and seen on the dashboard. */
@QuarkusTest
class RemediesOnRequestsTest {

    private static int request(String regime, String tag) {
        Map<String, Object> r = RequestApi.request(RequestApi.newBody("75"));
        r.put("regime", regime);
        r.put("channel", "EMAIL");
        r.put("tags", List.of(tag));
        return asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void aRecoursGracieuxAfterARefusalWithoutRemedies() {
        FixedClock.install("2024-03-10");
        int id = request("FR_CRPA", "rg" + UUID.randomUUID().toString().substring(0, 6));
        event(id, ev("SENT", "2023-11-13")).then().statusCode(201);
        event(id, ev("CADA_REFERRAL_SENT", "2024-01-03")).then().statusCode(201);
        event(id, ev("CADA_REGISTERED", "2024-01-05")).then().statusCode(201);
        event(id, ev("CADA_AVIS", "2024-02-01", "avis", "FAVOURABLE")).then().statusCode(201);
        event(id, ev("DECISION_AFTER_AVIS", "2024-02-20", "outcome", "REFUSED", "remediesStated", false)).then().statusCode(201)
                .body("remediesStated", equalTo(false));
        // a refusal that does not state the remedies: the one-year outer limit (R421-5 CJA; CE Czabaj)
        asEditor().get("/api/v1/requests/" + id).then().body("stage", equalTo("FINAL_REFUSAL"))
                .body("deadlines.key", hasItem("ONE_YEAR_LIMIT"));
        event(id, ev("RECOURS_GRACIEUX_RECEIVED", "2024-03-01")).then().statusCode(201);
        asEditor().get("/api/v1/requests/" + id).then().body("stage", equalTo("UNDER_REVIEW"))
                .body("nextAction.key", equalTo("RECOURS_GRACIEUX_IMPLICIT_REJECTION")).body("nextAction.date", equalTo("2024-05-01"));
        BrowserSession.login(TestAccounts.EDITOR).get("/requests/" + id).then().statusCode(200)
                .body(containsString("Recours gracieux reçu par l&#39;organisme"))
                .body(containsString("La décision n&#39;indique pas les voies et délais de recours"));
        // a CNIL complaint belongs to a GDPR request, not to a CADA request
        event(id, ev("CNIL_COMPLAINT_RECEIVED", "2024-03-05")).then().statusCode(422).body("errors.field", hasItem("type"));
    }

    @Test
    void aGdprRequestBeforeTheCnil() {
        FixedClock.install("2025-02-20");
        int id = request("FR_GDPR", "cnil" + UUID.randomUUID().toString().substring(0, 6));
        event(id, ev("SENT", "2025-01-06")).then().statusCode(201);
        event(id, ev("ANSWER", "2025-01-20", "outcome", "REFUSED")).then().statusCode(201);
        asEditor().get("/api/v1/requests/" + id).then().body("nextAction.key", equalTo("COMPLAIN_TO_CNIL"));
        event(id, ev("CNIL_COMPLAINT_RECEIVED", "2025-02-10")).then().statusCode(201);
        asEditor().get("/api/v1/requests/" + id).then().body("stage", equalTo("BEFORE_CNIL"))
                .body("nextAction.key", equalTo("CNIL_IMPLICIT_REJECTION")).body("nextAction.date", equalTo("2025-05-10"))
                .body("nextAction.party", equalTo("CNIL"));
        BrowserSession.login(TestAccounts.EDITOR).get("/requests/" + id).then().body(containsString("Devant la CNIL"));
    }

    @Test
    void aLateReferralIsWarnedOnThePageAndTheApi() {
        FixedClock.install("2025-05-02");
        int id = request("FR_CRPA", "late" + UUID.randomUUID().toString().substring(0, 6));
        event(id, ev("SENT", "2025-01-06")).then().statusCode(201);
        event(id, ev("CADA_REFERRAL_SENT", "2025-05-01")).then().statusCode(201);
        asEditor().get("/api/v1/requests/" + id).then().body("warnings.code", hasItem("LATE_CADA_REFERRAL"));
        BrowserSession.login(TestAccounts.EDITOR).get("/requests/" + id).then().body(containsString("id=\"warnings\""));
    }

    @Test
    void theRequesterMissedDeadlinesAreOnTheDashboard() {
        FixedClock clock = FixedClock.install("2025-02-10");
        String tag = "miss" + UUID.randomUUID().toString().substring(0, 6);
        int id = request("FR_CRPA", tag);
        // sent 6 Jan 2025: refused by silence on 6 Feb, the CADA to be seized by Mon 7 Apr 2025 (R343-1, franc)
        event(id, ev("SENT", "2025-01-06")).then().statusCode(201);
        asEditor().get("/api/v1/dashboard?tag=" + tag).then().body("yoursMissed", equalTo(0)).body("yoursWithin7Days", equalTo(0));
        clock.set("2025-04-02");
        asEditor().get("/api/v1/dashboard?tag=" + tag).then().body("yoursWithin7Days", equalTo(1));
        clock.set("2025-04-08");
        asEditor().get("/api/v1/dashboard?tag=" + tag).then().body("yoursMissed", equalTo(1));
        asEditor().get("/api/v1/dashboard/missed?tag=" + tag).then().body("items[0].id", equalTo(id))
                .body("items[0].missed.key", equalTo("CADA_REFERRAL_BY")).body("items[0].daysAgo", equalTo(1))
                .body("items[0].stillPossible", containsString("nouvelle demande"));
        BrowserSession.login(TestAccounts.VIEWER).get("/?tag=" + tag).then().statusCode(200)
                .body(containsString("id=\"missed-list\"")).body(containsString("nouvelle demande"));
        event(id, ev("CADA_REFERRAL_SENT", "2025-04-08")).then().statusCode(201);
        asEditor().get("/api/v1/dashboard?tag=" + tag).then().body("yoursMissed", equalTo(0));
        BrowserSession.login(TestAccounts.VIEWER).get("/?tag=" + tag).then().body(not(containsString("id=\"missed-list\"")));
    }
}
