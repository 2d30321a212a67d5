package fr.vigie.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Receiving from a real IMAP server: matched to the right request, confirmed with its PDF, unmatched to the inbox, once. */
@QuarkusTest
class MailReceiveTest {

    @RegisterExtension
    static GreenMailExtension server = MailServer.perTest();

    @Inject
    MailPoller poller;

    @Inject
    MailIntake intake;



    @Test
    void aReplyToTheReplyAddressIsMatchedConfirmedAsAnAnswerWithItsPdf() throws Exception {
        GreenMailUser mailbox = mailbox();
        int request = MailTestData.request();
        int letter = MailTestData.keptRequestLetter(request);
        int sent = MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Demande", "text", "Bonjour",
                "letterId", letter)).statusCode(202).extract().path("id");
        assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage out = server.getReceivedMessages()[0];
        String replyTo = out.getHeader("Reply-To", null);

        MimeMessage reply = message("mairie@commune.test", replyTo, "RE: " + out.getSubject(),
                "Madame, veuillez trouver ci-joint les documents demandés.", "reponse.pdf", TestFiles.pdf("bons de commande"));
        reply.setHeader("In-Reply-To", out.getMessageID());
        mailbox.deliver(reply);

        assertThat(poller.poll()).isEqualTo(new MailJson.Polled(1, 1));
        int in = MailTestData.messages(request).body("direction", hasItem("IN"))
                .body("find { it.direction == 'IN' }.status", equalTo("MATCHED"))
                .body("find { it.direction == 'IN' }.matchReason", equalTo("ADDRESS"))
                .body("find { it.direction == 'IN' }.suggestedType", equalTo("ANSWER"))
                .body("find { it.direction == 'IN' }.attachments", hasItem("reponse.pdf"))
                .extract().path("find { it.direction == 'IN' }.id");
        assertThat(sent).isNotEqualTo(in);

        int body = RequestApi.asEditor().get("/api/v1/requests/" + request).then().extract().path("bodyId");
        String dashboard = "/api/v1/dashboard?bodyId=" + body;
        RequestApi.asEditor().get(dashboard).then().statusCode(200).body("open", equalTo(1)).body("settled", equalTo(0));
        RequestApi.asEditor().body(Map.of("type", "ANSWER", "outcome", "FULL", "remediesStated", true))
                .post("/api/v1/requests/" + request + "/messages/" + in + "/confirm").then().statusCode(201)
                .body("type", equalTo("ANSWER"));
        RequestApi.asEditor().get("/api/v1/requests/" + request).then().statusCode(200).body("events.type", hasItem("ANSWER"));
        // the confirmed answer shows on the dashboard: the request has left the open ones for the settled ones
        RequestApi.asEditor().get(dashboard).then().statusCode(200).body("open", equalTo(0)).body("settled", equalTo(1));
        BrowserSession.login(TestAccounts.VIEWER).get("/?bodyId=" + body).then().statusCode(200)
                .body(containsString("id=\"count-settled\">1<")).body(containsString("id=\"count-open\">0<"));
        List<String> names = RequestApi.asEditor().get("/api/v1/requests/" + request + "/documents").then().statusCode(200)
                .extract().path("items.fileName");
        assertThat(names).contains("reponse.pdf");
        MailTestData.messages(request).body("find { it.id == " + in + " }.status", equalTo("CONFIRMED"));
        // confirmed once only
        RequestApi.asEditor().body(Map.of("type", "ANSWER", "outcome", "FULL", "remediesStated", true))
                .post("/api/v1/requests/" + request + "/messages/" + in + "/confirm").then().statusCode(409);
    }

    @Test
    void anUnmatchedMessageWaitsInTheInboxAndIsAssignedByHand() throws Exception {
        GreenMailUser mailbox = mailbox();
        mailbox.deliver(message("inconnu@ailleurs.test", "vigie@asso.test", "Une question", "Bonjour, sans référence.", null, null));
        poller.poll();
        int id = RequestApi.asEditor().get("/api/v1/mail/inbox").then().statusCode(200)
                .body("items.subject", hasItem("Une question")).extract().path("items.find { it.subject == 'Une question' }.id");
        int request = MailTestData.request();
        RequestApi.asEditor().body(Map.of("requestId", 999999)).post("/api/v1/mail/inbox/" + id + "/assign").then().statusCode(422);
        RequestApi.asEditor().body(Map.of("requestId", request)).post("/api/v1/mail/inbox/" + id + "/assign").then().statusCode(200)
                .body("status", equalTo("MATCHED"));
        MailTestData.messages(request).body("id", hasItem(id));
        RequestApi.asEditor().get("/api/v1/mail/inbox").then().body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void aPollerKilledBetweenKeepingAndFilingProcessesEachMessageOnceAfterRestart() throws Exception {
        GreenMailUser mailbox = mailbox();
        for (int i = 0; i < 3; i++) {
            mailbox.deliver(message("x" + i + "@ailleurs.test", "vigie@asso.test", "Crash " + i, "texte " + i, null, null));
        }
        assertThat(poller.fetchNew()).isEqualTo(3); // kept raw, then "killed" before filing
        assertThat(kept("Crash")).isEqualTo(3);
        // restarted: nothing fetched twice, every kept message filed once
        assertThat(poller.poll()).isEqualTo(new MailJson.Polled(0, 3));
        assertThat(poller.poll()).isEqualTo(new MailJson.Polled(0, 0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> MailMessage.count("status = ?1 and text like ?2",
                MailStatus.INBOX, "texte %"))).isGreaterThanOrEqualTo(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> MailMessage.count("status = ?1", MailStatus.KEPT))).isZero();
    }

    @Test
    void twoInstancesKeepingTheSameMessageKeepItOnce() throws Exception {
        byte[] raw = bytes(message("a@b.test", "vigie@asso.test", "Course", "texte", null, null));
        MailIntake.Source source = new MailIntake.Source("race@test/INBOX", 7L, 1L);
        var pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> intake.keep(source, raw, null)));
        }
        int ids = 0;
        for (Future<Long> f : results) {
            ids += f.get() == null ? 0 : 1;
        }
        pool.shutdown();
        assertThat(ids).isEqualTo(1);
        intake.processKept();
    }

    private long kept(String subjectPrefix) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.count("status = ?1 and mailbox = ?2", MailStatus.KEPT,
                MailServer.MAILBOX + "@127.0.0.1/INBOX"));
    }

    private static GreenMailUser mailbox() {
        return server.setUser(MailServer.MAILBOX, MailServer.MAILBOX, MailServer.PASSWORD);
    }

    static MimeMessage message(String from, String to, String subject, String text, String fileName, byte[] file)
            throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new java.util.Date());
        if (file == null) {
            m.setText(text, "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(file, "application/pdf")));
            attachment.setFileName(fileName);
            m.setContent(new MimeMultipart(body, attachment));
        }
        m.saveChanges();
        return m;
    }

    static byte[] bytes(MimeMessage m) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }
}
