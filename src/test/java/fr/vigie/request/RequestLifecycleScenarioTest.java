package fr.vigie.request;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The life of a CADA request told through the API, with the clock moved by hand. Every date was
 * worked out by hand from LEGAL.md (it is worked example 12, extended).
 */
@QuarkusTest
class RequestLifecycleScenarioTest {

    private ValidatableResponse read(int id) {
        return asEditor().get("/api/v1/requests/" + id).then().statusCode(200);
    }

    @Test
    void fromDraftToCourt() {
        FixedClock clock = FixedClock.install("2023-11-09");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        read(id).body("stage", equalTo("DRAFT")).body("nextAction.key", equalTo("SEND"))
                .body("nextAction.date", nullValue()).body("deadlines.size()", equalTo(0));

        // sent by registered post on Friday 10 Nov: receipt estimated three days later (policy E)
        clock.set("2023-11-10");
        event(id, ev("SENT", "2023-11-10", "channel", "REGISTERED_POST")).then().log().ifValidationFails().statusCode(201);
        read(id).body("stage", equalTo("AWAITING_ANSWER")).body("receipt", equalTo("2023-11-13"))
                .body("receiptEstimated", equalTo(true))
                .body("nextAction.key", equalTo("IMPLICIT_REFUSAL")).body("nextAction.date", equalTo("2023-12-13"));

        // the avis de réception says Tuesday 14 Nov: everything moves by a day
        clock.set("2023-11-16");
        event(id, ev("RECEIVED", "2023-11-14", "acknowledged", true)).then().statusCode(201);
        read(id).body("receiptEstimated", equalTo(false)).body("nextAction.date", equalTo("2023-12-14"))
                .body("nextAction.party", equalTo("ADMINISTRATION"))
                .body("nextAction.label", equalTo("Attendre la réponse : sans réponse, refus implicite le jeudi 14 décembre 2023"))
                .body("overdueSince", nullValue());

        // a month of silence: implicit refusal on 14 Dec (R311-13), the body is late from the 15th
        clock.set("2023-12-15");
        read(id).body("stage", equalTo("REFUSED")).body("overdueSince", equalTo("2023-12-15"))
                .body("nextAction.key", equalTo("CADA_REFERRAL_BY")).body("nextAction.date", equalTo("2024-02-15"))
                .body("nextAction.party", equalTo("REQUESTER"))
                .body("nextAction.label", equalTo("Saisir la CADA avant le jeudi 15 février 2024"));

        clock.set("2024-01-03");
        event(id, ev("CADA_REFERRAL_SENT", "2024-01-03")).then().statusCode(201);
        read(id).body("stage", equalTo("UNDER_REVIEW")).body("nextAction.key", equalTo("AWAIT_CADA_REGISTRATION"))
                .body("overdueSince", nullValue());

        clock.set("2024-01-08");
        event(id, ev("CADA_REGISTERED", "2024-01-05", "caseNumber", "20240123")).then().statusCode(201);
        read(id).body("cadaCaseNumber", equalTo("20240123"))
                .body("nextAction.key", equalTo("CADA_AVIS_DUE")).body("nextAction.date", equalTo("2024-02-05"))
                .body("nextAction.party", equalTo("CADA"))
                .body("deadlines.key", hasItems("IMPLICIT_REFUSAL", "CADA_REFERRAL_BY", "CADA_AVIS_DUE", "CONFIRMED_REFUSAL", "COURT_BY"))
                .body("deadlines.find { it.key == 'CONFIRMED_REFUSAL' }.date", equalTo("2024-03-05"))
                .body("deadlines.find { it.key == 'COURT_BY' }.date", equalTo("2024-05-06"));

        // the CADA is late from 6 Feb
        clock.set("2024-02-12");
        read(id).body("overdueSince", equalTo("2024-02-06"));

        clock.set("2024-02-20");
        event(id, ev("CADA_AVIS", "2024-02-20", "avis", "FAVOURABLE")).then().statusCode(201);
        read(id).body("stage", equalTo("AWAITING_DECISION"))
                .body("nextAction.key", equalTo("BODY_ANSWER_TO_AVIS_DUE")).body("nextAction.date", equalTo("2024-03-20"))
                .body("overdueSince", nullValue());

        // the body refuses again despite the favourable avis: two months franc from 10 March, 11 May is a Saturday
        clock.set("2024-03-11");
        event(id, ev("DECISION_AFTER_AVIS", "2024-03-10", "outcome", "REFUSED")).then().statusCode(201);
        read(id).body("stage", equalTo("FINAL_REFUSAL"))
                .body("nextAction.key", equalTo("COURT_BY")).body("nextAction.date", equalTo("2024-05-13"))
                .body("nextAction.label", equalTo("Saisir le tribunal administratif avant le lundi 13 mai 2024"));

        clock.set("2024-04-02");
        event(id, ev("COURT_FILED", "2024-04-02", "caseNumber", "2401234")).then().statusCode(201);
        read(id).body("stage", equalTo("IN_COURT")).body("courtCaseNumber", equalTo("2401234"))
                .body("nextAction.key", equalTo("FOLLOW_COURT_CASE")).body("events.size()", equalTo(7));

        // the stored columns used by lists follow too
        asEditor().get("/api/v1/requests?stage=IN_COURT&size=100").then().statusCode(200)
                .body("items.id", hasItems(id));
    }
}
