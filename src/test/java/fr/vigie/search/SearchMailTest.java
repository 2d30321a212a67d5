package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The correspondence filed on a request is searched, subject and text, as a result of its own; a visitor never
 * finds it, even on a PUBLIC request; mail put aside or moved to another request leaves the first request's results.
 */
@QuarkusTest
class SearchMailTest {

    /** A message as a mail client writes it: the subject encoded (RFC 2047), the text in 8-bit UTF-8. */
    private static String eml(String subject, String text) {
        String encoded = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=";
        return "From: Service juridique <juridique@prefecture.test>\r\nTo: demandes@asso.test\r\nSubject: " + encoded
                + "\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\nMessage-ID: <" + SearchApi.unique("m") + "@prefecture.test>"
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + text + "\r\n";
    }

    @Test
    void aMessageFiledOnARequestIsFoundBySubjectAndTextButNeverByAVisitor() {
        TestAccounts.ensure();
        String word = SearchApi.unique("mel");
        int body = SearchApi.newBody("Préfecture de l'Hérault " + word, "PREFECTURE", "34");
        int request = SearchApi.newRequest(body, "Vidéoprotection " + word, "Je demande la convention " + word + ".",
                "PUBLIC", List.of());
        int mail = SearchApi.importMail(eml("Réponse concernant les caméras " + word,
                "Madame, nous vous transmettons les délibérations autorisant l'usage des caméras et l'avis de la CNIL."));
        SearchApi.fileMail(mail, request);

        JsonPath bySubject = SearchApi.found(TestAccounts.VIEWER, "q", "réponse " + word, "type", "MAIL");
        assertThat(bySubject.getInt("total")).isEqualTo(1);
        assertThat(bySubject.getInt("items[0].mailId")).isEqualTo(mail);
        assertThat(bySubject.getInt("items[0].requestId")).isEqualTo(request);
        assertThat(bySubject.getString("items[0].matched")).isEqualTo("SUBJECT");
        assertThat(bySubject.getString("items[0].label")).contains("juridique@prefecture.test");
        assertThat(bySubject.getString("items[0].status")).isEqualTo("IN");

        JsonPath byText = SearchApi.found(TestAccounts.EDITOR, "q", "délibérations " + word);
        assertThat(byText.getString("items[0].type")).isEqualTo("MAIL");
        assertThat(byText.getString("items[0].matched")).isEqualTo("MAIL");
        assertThat(byText.getString("items[0].snippet")).contains("délibérations autorisant");

        JsonPath visitor = SearchApi.search(null, "q", word).then().statusCode(200).extract().jsonPath();
        assertThat(visitor.getList("items.type")).as("the PUBLIC request itself, not its mail").containsExactly("REQUEST");
        assertThat(SearchApi.search(null, "q", "délibérations " + word).then().extract().jsonPath().getInt("total")).isZero();
        String page = SearchApi.as(null).get("/search?q=" + word).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("juridique@prefecture.test");

        String html = SearchApi.as(TestAccounts.VIEWER).get("/search?q=délibérations " + word).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("/requests/" + request + "/mail#mail-" + mail).contains("<mark>délibérations</mark>");
    }

    @Test
    void mailMovedToAnotherRequestOrPutAsideLeavesTheFirstRequest() {
        TestAccounts.ensure();
        String word = SearchApi.unique("mov");
        int body = SearchApi.newBody("Mairie de Sète " + word, "COMMUNE", "34");
        int first = SearchApi.newRequest(body, "Première " + word, "Texte " + word, "PRIVATE", List.of());
        int second = SearchApi.newRequest(body, "Seconde " + word, "Texte " + word, "PRIVATE", List.of());
        int mail = SearchApi.importMail(eml("Accusé de réception " + word, "Votre demande est enregistrée."));
        SearchApi.fileMail(mail, first);
        SearchApi.await(TestAccounts.EDITOR, j -> j.getList("items.requestId").equals(List.of(first)), "q", word, "type", "MAIL");

        SearchApi.fileMail(mail, second);
        SearchApi.await(TestAccounts.EDITOR, j -> j.getList("items.requestId").equals(List.of(second)), "q", word, "type", "MAIL");

        SearchApi.fileMail(mail, null);
        SearchApi.await(TestAccounts.EDITOR, j -> j.getInt("total") == 0, "q", word, "type", "MAIL");
        assertThat(SearchApi.search(TestAccounts.EDITOR, "q", word, "type", "REQUEST").then().extract().jsonPath()
                .getInt("total")).as("the requests themselves are still found").isEqualTo(2);
    }
}
