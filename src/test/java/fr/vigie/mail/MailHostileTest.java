package fr.vigie.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;

import fr.vigie.request.RequestApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The hostile corpus through IMAP and through import: no server error, nothing half-stored, nothing run or injected. */
@QuarkusTest
class MailHostileTest {

    @RegisterExtension
    static GreenMailExtension server = MailServer.perTest();

    @Inject
    MailPoller poller;

    @Inject
    MailKeys keys;

    @Test
    void everyHostileMessageIsKeptOnceAndFiledSafely() throws Exception {
        GreenMailUser mailbox = server.setUser(MailServer.MAILBOX, MailServer.MAILBOX, MailServer.PASSWORD);
        int request = MailTestData.request();
        String replyTo = "demandes+" + keys.of(request) + "@asso.test";
        Map<String, byte[]> corpus = HostileMail.corpus(replyTo, 3 * 1024 * 1024); // over the test limit of 2 MB
        Session session = Session.getInstance(new Properties());
        for (byte[] raw : corpus.values()) {
            mailbox.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
        }
        MailJson.Polled polled = poller.poll();
        assertThat(polled.kept()).isEqualTo(corpus.size());
        assertThat(poller.poll()).isEqualTo(new MailJson.Polled(0, 0));
        assertThat(count("status = ?1", MailStatus.KEPT)).isZero();

        List<MailMessage> rows = QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>list(
                "direction = ?1 order by id desc", MailMessage.IN)).subList(0, corpus.size());
        for (MailMessage m : rows) {
            assertThat(m.status).isIn(MailStatus.MATCHED, MailStatus.INBOX);
            assertThat(m.subject == null ? "" : m.subject).doesNotContain("\r", "\n");
            assertThat(m.text == null ? "" : m.text).doesNotContain("<script", "alert('x')", "document.cookie");
        }
        MailMessage huge = rows.stream().filter(m -> m.lastError != null && m.lastError.startsWith("message too large"))
                .findFirst().orElseThrow();
        assertThat(huge.status).isEqualTo(MailStatus.INBOX);
        assertThat(QuarkusTransaction.requiringNew().call(() -> MailRaw.findById(huge.id) == null)).isTrue();

        // the HTML one reads as text; the one with hostile files confirms with what the document rules accept
        MailTestData.messages(request).body("find { it.subject == 'html' }.text", containsString("Bonjour"))
                .body("find { it.subject == 'html' }.text", not(containsString("alert")));
        int pieces = MailTestData.messages(request).extract().path("find { it.subject == 'pieces' }.id");
        String refused = RequestApi.asEditor().body(Map.of("type", "NO_SUCH_TYPE"))
                .post("/api/v1/requests/" + request + "/messages/" + pieces + "/confirm").then().statusCode(422).extract().asString();
        assertThat(refused).doesNotContain("Exception");
        MailTestData.messages(request).body("find { it.id == " + pieces + " }.status", equalTo("MATCHED")); // nothing half-done
        RequestApi.event(request, RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL")).then().statusCode(201);
        RequestApi.asEditor().body(Map.of("type", "ANSWER", "outcome", "FULL", "remediesStated", true))
                .post("/api/v1/requests/" + request + "/messages/" + pieces + "/confirm").then().statusCode(201);
        List<String> names = RequestApi.asEditor().get("/api/v1/requests/" + request + "/documents").then().statusCode(200)
                .extract().path("items.fileName");
        assertThat(names).noneMatch(n -> n.contains("/") || n.contains(".."));
        assertThat(names).doesNotContain("report.pdf");
        String events = RequestApi.asEditor().get("/api/v1/requests/" + request).then().statusCode(200).extract().asString();
        assertThat(events).contains("report.pdf (FILE_DISGUISED)");

        // every page and list still answers
        RequestApi.asEditor().get("/api/v1/mail/inbox").then().statusCode(200);
        RequestApi.asEditor().get("/api/v1/mail/outbox").then().statusCode(200);
    }

    @Test
    void hostileImportsAreRefusedClearlyOrReadSafely() throws Exception {
        String csrf = io.restassured.RestAssured.given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        for (Map.Entry<String, byte[]> c : HostileMail.corpus("x@asso.test", 300_000).entrySet()) {
            int status = RequestApi.asEditor().contentType("multipart/form-data").cookie("vigie-csrf", csrf)
                    .header("X-CSRF-TOKEN", csrf).multiPart("file", "import.eml", c.getValue(), "message/rfc822")
                    .post("/api/v1/mail/import").then().extract().statusCode();
            assertThat(status).as(c.getKey()).isIn(201, 422);
        }
        assertThat(count("status = ?1", MailStatus.KEPT)).isZero();
    }

    private static long count(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.count(query, params));
    }
}
