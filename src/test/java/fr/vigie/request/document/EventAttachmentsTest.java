package fr.vigie.request.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Files sent with an event from the event form: stored with it, or neither is. */
@QuarkusTest
class EventAttachmentsTest {

    private static RequestSpecification sentForm(BrowserSession editor) {
        return editor.request().multiPart("csrf-token", editor.csrf()).multiPart("type", "SENT")
                .multiPart("date", "2025-03-03").multiPart("channel", "EMAIL").multiPart("version", "0");
    }

    private static int newRequest(BrowserSession editor) {
        FixedClock.install("2025-03-10");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        editor.get("/requests/" + id + "/events/new").then().statusCode(200).body(containsString("id=\"f-attachments\""));
        return id;
    }

    @Test
    void aRefusedFileLeavesNoEventBehind() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        int id = newRequest(editor);
        byte[] html = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
        sentForm(editor).multiPart("attachments", "ok.pdf", TestFiles.pdf("ok"))
                .multiPart("attachments", "report.pdf", html, "application/pdf")
                .post("/requests/" + id + "/events").then().statusCode(422)
                .body(containsString("f-attachments-error")).body(containsString("report.pdf"));
        sentForm(editor).multiPart("attachments", "big.pdf", new byte[1024 * 1024 + 1])
                .post("/requests/" + id + "/events").then().statusCode(413).body(containsString("f-attachments-error"));
        editor.get("/requests/" + id).then().body(not(containsString("id=\"event-")));
        RequestApi.asEditor().get("/api/v1/requests/" + id + "/documents").then().body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void filesAreListedUnderTheirEventAndDownloadOnlyWithALogin() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        int id = newRequest(editor);
        byte[] pdf = TestFiles.pdf("accuse");
        // a file input left empty still sends an unnamed, empty part: it is not a file
        sentForm(editor).multiPart("attachments", "accuse.pdf", pdf).multiPart("attachments", "", new byte[0])
                .post("/requests/" + id + "/events").then().statusCode(303);
        String page = editor.get("/requests/" + id).then().statusCode(200).extract().asString();
        String href = page.replaceAll("(?s).*href=\"(/requests/" + id + "/documents/\\d+)\".*", "$1");
        assertThat(page).contains(">accuse.pdf</a>").contains("application/pdf");

        byte[] back = editor.request().get(href).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"accuse.pdf\""))
                .header("Content-Security-Policy", containsString("sandbox")).extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
        BrowserSession.login(TestAccounts.VIEWER).request().get(href).then().statusCode(200);
        BrowserSession.anonymous().request().get(href).then().statusCode(303);
    }

    @Test
    void anEventTakesAtMostTwentyFiles() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        int id = newRequest(editor);
        RequestSpecification form = sentForm(editor);
        for (int i = 0; i <= fr.vigie.request.RequestService.MAX_FILES_PER_EVENT; i++) {
            form.multiPart("attachments", "piece-" + i + ".pdf", TestFiles.pdf("piece " + i));
        }
        form.post("/requests/" + id + "/events").then().statusCode(422).body(containsString("f-attachments-error"))
                .body(containsString("20 fichiers au plus"));
        editor.get("/requests/" + id).then().body(not(containsString("id=\"event-")));
        RequestApi.asEditor().get("/api/v1/requests/" + id + "/documents").then().body("total", org.hamcrest.Matchers.equalTo(0));
    }
}
