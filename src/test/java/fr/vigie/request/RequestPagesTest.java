package fr.vigie.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RequestPagesTest {

    @Test
    void newRequestFromTheCadaLetterThenSentAndRefusedBySilence() {
        FixedClock clock = FixedClock.install("2025-03-03");
        int bodyId = RequestApi.newBody("13");
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        String form = editor.get("/requests/new?template=CADA_BRIEFCAM&bodyId=" + bodyId).then().statusCode(200).extract().asString();
        assertThat(form).contains("analyse d&#39;impact relative à la protection des données").contains("reconnaissance faciale");

        Map<String, String> fields = new HashMap<>();
        fields.put("title", "BriefCam à Marseille");
        fields.put("text", "Les bons de commande du logiciel BriefCam détenus par [organisme].");
        fields.put("regime", "FR_CRPA");
        fields.put("bodyId", String.valueOf(bodyId));
        fields.put("channel", "EMAIL");
        fields.put("visibility", "PRIVATE");
        fields.put("tags", "BriefCam, vidéosurveillance");
        fields.put("requesterResidence", "OVERSEAS");
        Response created = editor.post("/requests", fields);
        assertThat(created.statusCode()).isEqualTo(303);
        String page = created.header("Location");
        String bodyName = RequestApi.asEditor().get("/api/v1/bodies/" + bodyId).then().extract().path("name");
        editor.get(page).then().statusCode(200).body(containsString("Envoyer la demande"))
                .body(containsString("détenus par la " + bodyName + ".")) // "[organisme]" became the name with its article
                .body(containsString("/events/new?type=SENT"))
                .body(containsString("Domicile du demandeur (délais de recours)")).body(containsString("Outre-mer"));

        String id = page.replaceAll(".*/requests/(\\d+).*", "$1");
        editor.get("/requests/" + id + "/events/new?type=SENT").then().statusCode(200);
        Map<String, String> sent = Map.of("type", "SENT", "date", "2025-03-03", "channel", "EMAIL", "version", "0");
        editor.post("/requests/" + id + "/events", sent).then().statusCode(303);
        // LEGAL.md example 3: received Monday 3 March 2025 → implicit refusal Thursday 3 April 2025
        editor.get(page).then().body(containsString("refus implicite le jeudi 3 avril 2025"))
                .body(containsString("dans 31 jours"));

        clock.set("2025-04-04");
        editor.get(page).then().body(containsString("Saisir la CADA avant le mercredi 4 juin 2025"))
                .body(containsString("dans 61 jours")).body(containsString("en retard depuis le vendredi 4 avril 2025"))
                .body(containsString("/events/new?type=CADA_REFERRAL_SENT"));
        editor.get("/requests?tag=briefcam").then().body(containsString("BriefCam à Marseille"));
    }

    @Test
    void eventFormErrorsAreShownByTheFieldAndNothingIsStored() {
        FixedClock.install("2025-03-10");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/requests/" + id + "/events/new");
        editor.post("/requests/" + id + "/events", Map.of("type", "CADA_AVIS", "date", "2025-02-30", "version", "0"))
                .then().statusCode(422).body(containsString("f-date-error")).body(containsString("f-avis-error"));
        editor.post("/requests/" + id + "/events", Map.of("type", "SENT", "date", "2031-01-01", "version", "0"))
                .then().statusCode(422).body(containsString("dans le futur"));
        editor.post("/requests/" + id + "/events", Map.of("type", "CADA_REGISTERED", "date", "2025-03-01", "version", "0"))
                .then().statusCode(422).body(containsString("f-date-error"));
        editor.post("/requests/" + id + "/events", Map.of("type", "<script>x</script>", "date", "2025-03-01", "version", "0"))
                .then().statusCode(422).body(containsString("f-type-error")).body(not(containsString("<script>x")));
        editor.get("/requests/" + id).then().body(not(containsString("id=\"event-")));
    }

    @Test
    void aStaleFormIsAConflictAndLosesNothing() {
        FixedClock.install("2025-03-10");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/requests/" + id + "/events/new");
        editor.post("/requests/" + id + "/events", Map.of("type", "SENT", "date", "2025-03-03", "version", "0")).then().statusCode(303);
        editor.post("/requests/" + id + "/events", Map.of("type", "ANSWER", "date", "2025-03-05", "outcome", "FULL", "version", "0"))
                .then().statusCode(409).body(containsString("f-version-error"));
        RequestApi.asEditor().get("/api/v1/requests/" + id).then().body("events.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void viewersReadButDoNotWrite() {
        FixedClock.install("2025-03-10");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/requests/" + id).then().statusCode(200).body(not(containsString("/events/new")));
        viewer.get("/requests/new").then().statusCode(403);
        viewer.post("/requests/" + id + "/events", Map.of("type", "SENT", "date", "2025-03-03")).then().statusCode(403);
        BrowserSession.anonymous().get("/requests/" + id).then().statusCode(303);
    }

    @Test
    void theBodyPageListsItsRequestsAndTheBodyCannotBeDeletedWhileUsed() {
        FixedClock.install("2025-03-10");
        int body = RequestApi.newBody("75");
        int id = RequestApi.newRequest(body);
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/bodies/" + body).then().statusCode(200).body(containsString("/requests/" + id + "\""));
        RequestApi.asEditor().delete("/api/v1/bodies/" + body).then().statusCode(409);
    }

    @Test
    void anInvalidNewRequestShowsItsErrorsAndStoresNothing() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/requests/new");
        editor.post("/requests", Map.of("title", "", "text", "<b>kept</b>", "regime", "FR_SECRET", "bodyId", "abc",
                "channel", "EMAIL")).then().statusCode(422).body(containsString("f-title-error"))
                .body(containsString("f-regime-error")).body(containsString("f-bodyId-error"))
                .body(containsString("&lt;b&gt;kept&lt;/b&gt;"));
    }

    /** A transfer names another body: the page and the public page show it (they answered 500 when it was loaded too late). */
    @Test
    void aTransferredRequestShowsTheCompetentBody() {
        FixedClock.install("2025-03-10");
        int competent = RequestApi.newBody("13");
        String competentName = RequestApi.asEditor().get("/api/v1/bodies/" + competent).then().extract().path("name");
        Map<String, Object> r = RequestApi.request(RequestApi.newBody("75"));
        r.put("visibility", "PUBLIC");
        int id = RequestApi.asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        RequestApi.event(id, RequestApi.ev("SENT", "2025-03-03")).then().statusCode(201);
        RequestApi.event(id, RequestApi.ev("TRANSFERRED", "2025-03-05", "toBodyId", competent)).then().statusCode(201);
        BrowserSession.login(TestAccounts.EDITOR).get("/requests/" + id).then().statusCode(200).body(containsString(competentName));
        String publicPath = RequestApi.asEditor().get("/api/v1/requests/" + id).then().extract().path("publicPath");
        BrowserSession.anonymous().get(publicPath).then().statusCode(200).body(containsString(competentName));
    }
}
