package fr.vigie.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.vigie.request.RequestApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Sending through the outbox against a real SMTP server: once, with the letter, the headers and the proof. */
@QuarkusTest
class MailSendTest {

    @RegisterExtension
    static GreenMailExtension server = MailServer.perTest();

    @Inject
    MailSender sender;

    @Test
    void aLetterIsSentOnceWithItsPdfAndReplyAddressAndTheSentEventIsRecorded() throws Exception {
        int request = MailTestData.request();
        int letter = MailTestData.keptRequestLetter(request);
        int id = MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Demande de documents",
                "text", "Bonjour, veuillez trouver ma demande ci-jointe.", "letterId", letter))
                .statusCode(202).body("status", equalTo("PENDING")).extract().path("id");

        assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
        awaitStatus(request, id, "SENT");
        sender.sendDue(Instant.now().plusSeconds(3600)); // a later run sends nothing again
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        String key = QuarkusTransaction.requiringNew().call(() -> RequestMailKey.<RequestMailKey>findById((long) request).key);
        String messageId = MailTestData.messages(request).extract().path("find { it.id == " + id + " }.messageId");
        assertThat(m.getMessageID()).isEqualTo("<" + messageId + ">");
        assertThat(m.getHeader("Reply-To", null)).isEqualTo("demandes+" + key + "@asso.test");
        assertThat(m.getSubject()).isEqualTo("Demande de documents [réf. " + key + "]");
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        Part pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).endsWith(".pdf");
        assertThat(pdf.getInputStream().readAllBytes()).startsWith("%PDF".getBytes());

        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        RequestApi.asEditor().get("/api/v1/requests/" + request).then().statusCode(200)
                .body("events.type", hasItem("SENT")).body("events.date", hasItem(today));
        List<String> names = RequestApi.asEditor().get("/api/v1/requests/" + request + "/documents").then().statusCode(200)
                .extract().path("items.fileName");
        assertThat(names).anyMatch(n -> n.endsWith(".pdf")).contains("courriel-" + id + ".eml");
        MailTestData.messages(request).body("find { it.id == " + id + " }.rawSha256", org.hamcrest.Matchers.hasLength(64));
    }

    @Test
    void whileTheServerIsDownTheMessageWaitsThenGoesExactlyOnce() throws Exception {
        server.stop();
        int request = MailTestData.request();
        int id = MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Relance", "text", "Bonjour"))
                .statusCode(202).extract().path("id");
        awaitAttempts(id, 1);
        MailMessage waiting = find(id);
        assertThat(waiting.status).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.lastError).isNotBlank();
        assertThat(sender.sendDue(Instant.now())).isZero(); // not due yet: waits for the backoff

        server.start();
        assertThat(sender.sendDue(Instant.now().plusSeconds(3600))).isEqualTo(1);
        assertThat(sender.sendDue(Instant.now().plusSeconds(7200))).isZero();
        assertThat(server.getReceivedMessages()).hasSize(1);
        assertThat(find(id).status).isEqualTo(MailStatus.SENT);
        assertThat(find(id).attempts).isEqualTo(2);
    }

    @Test
    void aSenderThatDiedWhileSendingNeverResendsAndTwoClaimsHaveOneWinner() throws Exception {
        int request = MailTestData.request();
        server.stop(); // keep the message in the outbox
        int id = MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Relance", "text", "Bonjour"))
                .statusCode(202).extract().path("id");
        awaitAttempts(id, 1);
        server.start();
        // another instance claimed it, then died: its lease ran out
        QuarkusTransaction.requiringNew().run(() -> MailMessage.update("status = ?1, claimedBy = 'dead', claimedUntil = ?2 "
                + "where id = ?3", MailStatus.SENDING, Instant.now().minusSeconds(1), (long) id));
        sender.sendDue(Instant.now().plusSeconds(3600));
        assertThat(find(id).status).isEqualTo(MailStatus.UNCERTAIN);
        assertThat(server.getReceivedMessages()).isEmpty();

        // a person retries: two instances race for it, one wins and it goes once
        RequestApi.asEditor().post("/api/v1/mail/outbox/" + id + "/retry").then().statusCode(202);
        server.waitForIncomingEmail(10_000, 1);
        awaitStatus(request, id, "SENT");
        RequestApi.asEditor().post("/api/v1/mail/outbox/" + id + "/retry").then().statusCode(409);
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMessageThatCannotBeComposedFailsAloneAndTheNextOneStillGoes() throws Exception {
        int request = MailTestData.request();
        server.stop(); // both wait in the outbox
        int bad = MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Un", "text", "Bonjour"))
                .statusCode(202).extract().path("id");
        int good = MailTestData.send(request, Map.of("to", "prefecture@prefecture.test", "subject", "Deux", "text", "Bonjour"))
                .statusCode(202).extract().path("id");
        awaitAttempts(bad, 1);
        // a row the form would refuse, as an older version or a hand-made import could leave it
        QuarkusTransaction.requiringNew().run(() -> {
            MailMessage.update("to = 'pas une adresse' where id = ?1", (long) bad);
            MailMessage.update("status = ?1, nextAttemptAt = ?2 where id in (?3, ?4)", MailStatus.PENDING, Instant.now(),
                    (long) bad, (long) good);
        });
        server.start();

        sender.sendDue(Instant.now().plusSeconds(1));
        assertThat(find(bad).status).isEqualTo(MailStatus.FAILED);
        assertThat(find(bad).lastError).startsWith("could not be composed");
        assertThat(find(good).status).isEqualTo(MailStatus.SENT);
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).startsWith("Deux");
    }

    @Test
    void claimsOnOneRowHaveExactlyOneWinner() throws Exception {
        server.stop();
        int request = MailTestData.request();
        int id = MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Relance", "text", "Bonjour"))
                .statusCode(202).extract().path("id");
        awaitAttempts(id, 1);
        var pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Boolean> claim = () -> sender.claim(id, Instant.now().plusSeconds(3600));
            claims.add(pool.submit(claim));
        }
        int won = 0;
        for (Future<Boolean> f : claims) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
    }

    @Test
    void headerInjectionAndBadAddressesAreRefusedAndNothingIsQueued() {
        int request = MailTestData.request();
        MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Objet\r\nBcc: victime@example.org",
                "text", "x")).statusCode(422).body("errors.field", hasItem("subject"));
        MailTestData.send(request, Map.of("to", "a@b.test\r\nBcc: c@d.test", "subject", "Objet", "text", "x"))
                .statusCode(422).body("errors.field", hasItem("to"));
        MailTestData.send(request, Map.of("to", "Maire <a@b.test>, c@d.test", "subject", "Objet", "text", "x"))
                .statusCode(422).body("errors.field", hasItem("to"));
        MailTestData.send(request, Map.of("to", "a@b.test", "subject", "Objet", "text", "x", "letterId", 999999))
                .statusCode(404);
        MailTestData.send(999999, Map.of("to", "a@b.test", "subject", "Objet", "text", "x")).statusCode(404);
        MailTestData.messages(request).body("size()", equalTo(0));
    }

    private void awaitAttempts(long id, int attempts) throws InterruptedException {
        for (int i = 0; i < 100 && (find(id).attempts < attempts || find(id).status == MailStatus.SENDING); i++) {
            Thread.sleep(100);
        }
        assertThat(find(id).attempts).isGreaterThanOrEqualTo(attempts);
    }

    private void awaitStatus(int request, int id, String status) throws InterruptedException {
        for (int i = 0; i < 100 && !status.equals(find(id).status.name()); i++) {
            Thread.sleep(100);
        }
        MailTestData.messages(request).body("find { it.id == " + id + " }.status", equalTo(status));
    }

    private static MailMessage find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.findById(id));
    }
}
