package fr.vigie.letter;

import static fr.vigie.letter.LetterTestData.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The letter pages without JavaScript: the list with from/until, edit then keep, PDF, mark sent, export. */
@QuarkusTest
class LetterPagesTest {

    @Test
    void prepareEditKeepAndMarkSentByForms() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int body = LetterTestData.body("Préfecture de l'Isère", "38");
        int r = LetterTestData.request(body, "FR_CRPA", "Pages " + me, "Les bons de commande BriefCam.");
        event(r, "SENT", "2025-03-03", "channel", "EMAIL");
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        String list = editor.get("/requests/" + r + "/letters").then().statusCode(200).extract().asString();
        assertThat(list).contains("id=\"letter-CADA_REFERRAL\"").contains("Saisine de la CADA")
                .contains("jeudi 3 avril 2025").contains("mercredi 4 juin 2025").contains("possible maintenant")
                .contains("trop tôt : la CADA n&#39;a pas été saisie").contains("href=\"/requests/" + r + "/export.zip\"");

        String form = editor.get("/requests/" + r + "/letters/CADA_REFERRAL/edit?identityId=" + me).then().statusCode(200)
                .body(containsString("name=\"csrf-token\"")).extract().asString();
        assertThat(form).contains("<textarea id=\"f-text\" name=\"text\"").contains("Je soussignée, Madame Marie Dupont-Hélène")
                .contains("value=\"" + me + "\" selected").contains(".pdf?channel=REGISTERED_POST&amp;identityId=" + me);
        String text = form.replaceAll("(?s).*<textarea id=\"f-text\" name=\"text\" rows=\"30\">(.*?)</textarea>.*", "$1")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String edited = text.replace("Je demande à la Commission d'émettre", "Je sollicite de la Commission");
        Response kept = editor.post("/requests/" + r + "/letters", Map.of("kind", "CADA_REFERRAL", "text", edited,
                "identityId", String.valueOf(me), "channel", "REGISTERED_POST"));
        assertThat(kept.statusCode()).isEqualTo(303);
        String keptPage = editor.get(kept.header("Location")).then().statusCode(200).extract().asString();
        assertThat(keptPage).contains("id=\"kept-notice\"").contains("id=\"kept-letters\"");
        String letterId = keptPage.replaceAll("(?s).*id=\"kept-(\\d+)\".*", "$1");
        byte[] pdf = editor.get("/requests/" + r + "/kept-letters/" + letterId + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(fr.vigie.letter.pdf.PdfText.text(pdf)).contains("Je sollicite de la Commission")
                .contains("Lettre recommandée avec demande d'avis de réception");

        editor.post("/requests/" + r + "/letters", Map.of("kind", "CADA_REFERRAL", "text", "", "identityId", String.valueOf(me)))
                .then().statusCode(422).body(containsString("id=\"f-text-error\""));
        editor.post("/requests/" + r + "/kept-letters/" + letterId + "/sent", Map.of("date", "demain")).then().statusCode(422)
                .body(containsString("f-date"));
        editor.post("/requests/" + r + "/kept-letters/" + letterId + "/sent", Map.of("date", "2025-04-19")).then()
                .statusCode(303).header("Location", containsString("/requests/" + r));
        editor.get("/requests/" + r).then().statusCode(200).body(containsString("Saisine de la CADA envoyée"));
        editor.get("/requests/" + r + "/letters").then().body(containsString("samedi 19 avril 2025"));
        editor.get("/requests/" + r + "/export.zip").then().statusCode(200).contentType("application/zip");
    }

    @Test
    void aViewerReadsButDoesNotKeep() {
        FixedClock.install("2025-04-20");
        int body = LetterTestData.body("Préfecture de la Drôme", "26");
        int r = LetterTestData.request(body, "FR_CRPA", "Lecteur", "Les bons de commande.");
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        String list = viewer.get("/requests/" + r + "/letters").then().statusCode(200).extract().asString();
        assertThat(list).contains("Demande initiale").doesNotContain(">Préparer<");
        viewer.get("/requests/" + r + "/letters/REQUEST/edit").then().statusCode(403);
        viewer.get("/requests/" + r + "/letters/REQUEST.pdf").then().statusCode(200).contentType("application/pdf");
    }
}
