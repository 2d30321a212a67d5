package fr.vigie.letter;

import static fr.vigie.letter.LetterTestData.asEditor;
import static fr.vigie.letter.LetterTestData.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.letter.pdf.PdfText;
import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;

/** The letters API: bad input named, kept letters exact and never rewritten, "mark sent" recording its event with the PDF. */
@QuarkusTest
class LetterApiTest {

    static int silentCrpa(String title) {
        int body = LetterTestData.body("Préfecture du Rhône", "69");
        int r = LetterTestData.request(body, "FR_CRPA", title, "Les bons de commande BriefCam.");
        event(r, "SENT", "2025-03-03", "channel", "EMAIL");
        return r;
    }

    @Test
    void badInputIsNamed() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int r = silentCrpa("Erreurs " + me);
        String base = "/api/v1/requests/" + r + "/letters";
        asEditor().get(base + "/NO_SUCH_KIND").then().statusCode(404).contentType("application/problem+json");
        asEditor().get(base + "/cada_referral").then().statusCode(404);
        asEditor().get(base + "/WIDERSPRUCH").then().statusCode(422).body("errors.field", hasItem("kind"));
        asEditor().get(base + "/WIDERSPRUCH.pdf").then().statusCode(422).body("errors.field", hasItem("kind"));
        asEditor().get("/api/v1/requests/999999/letters/CADA_REFERRAL").then().statusCode(404);
        asEditor().queryParam("identityId", "x1").get(base + "/CADA_REFERRAL").then().statusCode(400).body("errors.field", hasItem("identityId"));
        asEditor().queryParam("channel", "PIGEON").get(base + "/CADA_REFERRAL").then().statusCode(422).body("errors.field", hasItem("channel"));
        keep(r, Map.of("kind", "WIDERSPRUCH", "text", "x", "identityId", me)).then().statusCode(422).body("errors.field", hasItem("kind"));
        keep(r, Map.of("kind", "NOPE", "text", "x", "identityId", me)).then().statusCode(422).body("errors.field", hasItem("kind"));
        keep(r, Map.of("kind", "CADA_REFERRAL", "text", "a".repeat(50_001), "identityId", me)).then().statusCode(422)
                .body("errors.field", hasItem("text"));
        keep(r, Map.of("kind", "CADA_REFERRAL", "text", "bell\u0007", "identityId", me)).then().statusCode(422)
                .body("errors.field", hasItem("text"));
        keep(r, Map.of("kind", "CADA_REFERRAL", "text", "ok", "identityId", 999_999)).then().statusCode(422)
                .body("errors.field", hasItem("identityId"));
        keep(r, Map.of("kind", "CADA_REFERRAL", "text", "ok", "identityId", "abc")).then().statusCode(400)
                .body("errors.field", hasItem("identityId"));
        assertThat(asEditor().get("/api/v1/requests/" + r + "/kept-letters").then().statusCode(200).extract().jsonPath()
                .getList("$")).isEmpty();
    }

    @Test
    void keptLetterIsExactAndNeverRewritten() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int r = silentCrpa("Conservée " + me);
        String draft = asEditor().get("/api/v1/requests/" + r + "/letters/CADA_REFERRAL").then().statusCode(200).extract().asString();
        String edited = draft.replace("Je demande à la Commission", "Je prie la Commission");
        int first = keep(r, Map.of("kind", "CADA_REFERRAL", "text", edited, "identityId", me)).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/requests/" + r + "/kept-letters/" + asEditor()
                        .get("/api/v1/requests/" + r + "/kept-letters").then().extract().path("[0].id")))
                .body("text", org.hamcrest.Matchers.equalTo(edited.strip())).body("kind", org.hamcrest.Matchers.equalTo("CADA_REFERRAL"))
                .body("identityId", org.hamcrest.Matchers.equalTo(me)).body("date", org.hamcrest.Matchers.equalTo("2025-04-20"))
                .extract().path("id");
        // a new version is a new letter; the first stays as it was, and the identity that signed it cannot be deleted
        int second = keep(r, Map.of("kind", "CADA_REFERRAL", "text", "Autre version.", "identityId", me)).then().statusCode(201)
                .extract().path("id");
        assertThat(second).isNotEqualTo(first);
        asEditor().body(Map.of("text", "réécrite")).put("/api/v1/requests/" + r + "/kept-letters/" + first).then().statusCode(405);
        assertThat((String) asEditor().get("/api/v1/requests/" + r + "/kept-letters/" + first).then().statusCode(200)
                .extract().path("text")).contains("Je prie la Commission");
        asEditor().delete("/api/v1/identities/" + me).then().statusCode(409);
        asEditor().get("/api/v1/requests/" + r + "/kept-letters/" + first + "-x").then().statusCode(404);
    }

    @Test
    void markSentRecordsTheEventWithThePdfAndShowsTheNextStep() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int r = silentCrpa("Envoyée " + me);
        int kept = keep(r, Map.of("kind", "CADA_REFERRAL", "text", "Objet : saisine\n\nTexte envoyé à la CADA.", "identityId", me))
                .then().statusCode(201).extract().path("id");
        List<Integer> events = asEditor().body(Map.of("date", "2025-04-18")).post("/api/v1/requests/" + r + "/kept-letters/" + kept + "/sent")
                .then().statusCode(201).extract().path("eventIds");
        assertThat(events).hasSize(1);
        var detail = asEditor().get("/api/v1/requests/" + r).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("events.type", String.class)).contains("CADA_REFERRAL_SENT");
        assertThat(detail.getString("stage")).isEqualTo("UNDER_REVIEW");
        assertThat(detail.getString("nextAction.key")).isEqualTo("AWAIT_CADA_REGISTRATION");
        var docs = asEditor().get("/api/v1/requests/" + r + "/documents").then().statusCode(200).extract().jsonPath();
        assertThat(docs.getList("items.fileName", String.class)).containsExactly("cada-referral-2025-04-20.pdf");
        assertThat(docs.getInt("items[0].eventId")).isEqualTo(events.get(0));
        byte[] attached = asEditor().get("/api/v1/requests/" + r + "/documents/" + docs.getInt("items[0].id")).then()
                .statusCode(200).extract().asByteArray();
        assertThat(PdfText.text(attached)).contains("Texte envoyé à la CADA.");
        assertThat(asEditor().get("/api/v1/requests/" + r + "/kept-letters/" + kept).then().extract().<String>path("sentOn"))
                .isEqualTo("2025-04-18");
        // once only; a refused event keeps nothing
        asEditor().body(Map.of("date", "2025-04-18")).post("/api/v1/requests/" + r + "/kept-letters/" + kept + "/sent")
                .then().statusCode(409);
        int court = keep(r, Map.of("kind", "REASONS_REQUEST", "text", "Motifs.", "identityId", me)).then().statusCode(201)
                .extract().path("id");
        // reasons asked before the request was even sent: the core refuses the event
        asEditor().body(Map.of("date", "2025-03-01")).post("/api/v1/requests/" + r + "/kept-letters/" + court + "/sent")
                .then().statusCode(422);
        assertThat(asEditor().get("/api/v1/requests/" + r + "/kept-letters/" + court).then().extract().<String>path("sentOn")).isNull();
        assertThat(asEditor().get("/api/v1/requests/" + r + "/documents").then().extract().<Integer>path("total")).isEqualTo(1);
        asEditor().body(Map.of("date", "2030-01-01")).post("/api/v1/requests/" + r + "/kept-letters/" + court + "/sent")
                .then().statusCode(422).body("errors.field", hasItem("date"));
    }

    @Test
    void keepAndSendInOneStepKeepsNothingWhenTheEventIsRefused() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int r = silentCrpa("Une étape " + me);
        keep(r, Map.of("kind", "REASONS_REQUEST", "text", "Motifs.", "identityId", me, "sentOn", "2025-03-01")).then()
                .statusCode(422);
        keep(r, Map.of("kind", "REASONS_REQUEST", "text", "Motifs.", "identityId", me, "sentOn", "hier")).then()
                .statusCode(422).body("errors.field", hasItem("sentOn"));
        assertThat(asEditor().get("/api/v1/requests/" + r + "/kept-letters").then().extract().jsonPath().getList("$")).isEmpty();
        keep(r, Map.of("kind", "REASONS_REQUEST", "text", "Motifs.", "identityId", me, "sentOn", "2025-04-19")).then()
                .statusCode(201).body("sentOn", org.hamcrest.Matchers.equalTo("2025-04-19"));
        var detail = asEditor().get("/api/v1/requests/" + r).then().extract().jsonPath();
        assertThat(detail.getList("events.type", String.class)).contains("REASONS_ASKED");
        assertThat(detail.getList("deadlines.key", String.class)).contains("REASONS_DUE");
    }

    @Test
    void withoutAnIdentityTheLetterSaysSoAndKeepingIsRefused() {
        FixedClock.install("2025-04-20");
        fr.vigie.testing.TestAccounts.ensure("letter-nobody", fr.vigie.account.Role.EDITOR);
        var nobody = io.restassured.RestAssured.given().header("Authorization", fr.vigie.testing.TestAccounts.bearer("letter-nobody"))
                .contentType("application/json");
        int r = silentCrpa("Sans identité");
        assertThat(nobody.get("/api/v1/requests/" + r + "/letters/CADA_REFERRAL").then().statusCode(200).extract().asString())
                .contains("[à compléter : identité du demandeur — créez-la dans Mon compte › Identités]");
        nobody.body(Map.of("kind", "CADA_REFERRAL", "text", "x")).post("/api/v1/requests/" + r + "/letters").then()
                .statusCode(422).body("errors.field", hasItem("identityId"));
    }

    private static io.restassured.response.Response keep(int request, Map<String, Object> body) {
        return asEditor().body(body).post("/api/v1/requests/" + request + "/letters");
    }
}
