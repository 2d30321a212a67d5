package fr.vigie.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.restassured.response.Response;

/** The mail pages without JavaScript: send from the request, see it sent, confirm the answer, file the unmatched. */
@io.quarkus.test.junit.QuarkusTest
class MailPagesTest {

    @RegisterExtension
    static GreenMailExtension server = MailServer.perTest();

    @Inject
    MailPoller poller;

    @Test
    void sendFromTheRequestPageConfirmTheAnswerAndFileTheUnmatched() throws Exception {
        server.setUser(MailServer.MAILBOX, MailServer.MAILBOX, MailServer.PASSWORD);
        int request = MailTestData.request();
        RequestApi.event(request, RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL")).then().statusCode(201);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        String page = editor.get("/requests/" + request + "/mail").then().statusCode(200).extract().asString();
        assertThat(page).contains("name=\"csrf-token\"").contains("id=\"f-to\"").contains("id=\"no-mail\"");

        editor.post("/requests/" + request + "/mail", Map.of("to", "pas une adresse", "subject", "Objet\nBcc: x@y.test",
                "text", "x")).then().statusCode(422).body(containsString("f-to-error")).body(containsString("f-subject-error"));
        Response sent = editor.post("/requests/" + request + "/mail", Map.of("to", "mairie@commune.test", "subject",
                "Relance", "text", "Madame, Monsieur, je vous relance.", "letterId", ""));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
        for (int i = 0; i < 50 && !editor.get("/requests/" + request).asString().contains("envoyé<"); i++) {
            Thread.sleep(100);
        }
        editor.get("/requests/" + request).then().statusCode(200).body(containsString("id=\"request-mail\""))
                .body(containsString("envoyé</strong>"));
        editor.get("/mail/outbox").then().statusCode(200).body(containsString("Relance [réf."));

        MimeMessage out = server.getReceivedMessages()[0];
        MimeMessage reply = MailReceiveTest.message("mairie@commune.test", out.getHeader("Reply-To", null),
                "RE: Relance", "<p>Veuillez trouver ci-joint</p><script>alert(1)</script>", "reponse.pdf", TestFiles.pdf("réponse"));
        reply.setHeader("In-Reply-To", out.getMessageID());
        server.getUserManager().getUser(MailServer.MAILBOX).deliver(reply);
        server.getUserManager().getUser(MailServer.MAILBOX).deliver(MailReceiveTest.message("quelqu.un@ailleurs.test",
                "vigie@asso.test", "Sans rapport " + request, "Bonjour", null, null));
        poller.poll();

        String withReply = editor.get("/requests/" + request + "/mail").then().statusCode(200).extract().asString();
        assertThat(withReply).contains("à confirmer").contains("reponse.pdf").contains("value=\"ANSWER\" selected")
                .doesNotContain("<script>alert(1)");
        String mid = withReply.replaceAll("(?s).*action=\"/requests/" + request + "/mail/(\\d+)/confirm\".*", "$1");
        editor.post("/requests/" + request + "/mail/" + mid + "/confirm", Map.of("type", "ANSWER", "outcome", "FULL",
                "remediesStated", "true")).then().statusCode(303);
        editor.get("/requests/" + request).then().statusCode(200).body(containsString("Réponse"))
                .body(containsString("enregistré dans la chronologie"));

        String inbox = editor.get("/mail/inbox").then().statusCode(200).extract().asString();
        assertThat(inbox).contains("Sans rapport " + request);
        String unmatched = inbox.replaceAll("(?s).*<li id=\"mail-(\\d+)\" class=\"mail in\">\\s*<p>[^<]*quelqu.un@ailleurs.test.*", "$1");
        editor.post("/mail/inbox/" + unmatched + "/assign", Map.of("requestId", "abc")).then().statusCode(422);
        editor.post("/mail/inbox/" + unmatched + "/assign", Map.of("requestId", String.valueOf(request))).then().statusCode(303);
        editor.get("/requests/" + request + "/mail").then().body(containsString("Sans rapport " + request));
        BrowserSession.login(TestAccounts.VIEWER).get("/mail/inbox").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/assign")));
    }
}
