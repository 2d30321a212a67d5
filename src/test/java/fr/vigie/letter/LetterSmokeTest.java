package fr.vigie.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LetterSmokeTest {

    @Test
    void cadaReferral() {
        LetterTestData.editorIdentity();
        int body = LetterTestData.body("Préfecture des Bouches-du-Rhône", "13");
        int r = LetterTestData.request(body, "FR_CRPA", "Documents BriefCam", "Les bons de commande du logiciel BriefCam.");
        LetterTestData.event(r, "SENT", "2025-03-03", "channel", "REGISTERED_POST");
        String text = LetterTestData.asEditor().get("/api/v1/requests/" + r + "/letters/CADA_REFERRAL").then().statusCode(200)
                .extract().asString();
        System.out.println(text);
        assertThat(text).contains("Marie");
    }
}
