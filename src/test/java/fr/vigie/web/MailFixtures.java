package fr.vigie.web;

import java.time.Instant;

import fr.vigie.mail.MailMessage;
import fr.vigie.mail.MailStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Mail records the route catalog refers to, written straight to the database (no mail server in these suites). */
final class MailFixtures {

    private MailFixtures() {
    }

    /** An outgoing message that failed: a person may retry it. */
    static long failedOutgoing(int request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MailMessage m = new MailMessage();
            m.direction = MailMessage.OUT;
            m.status = MailStatus.FAILED;
            m.requestId = (long) request;
            m.messageId = "fixture." + System.nanoTime() + "@asso.test";
            m.from = "vigie@asso.test";
            m.to = "mairie@commune.test";
            m.subject = "Demande";
            m.text = "Bonjour";
            m.lastError = "550 refused";
            m.createdAt = Instant.now();
            m.persist();
            return m.id;
        });
    }

    /** A received message: in the inbox, or matched to {@code request} and waiting to be confirmed. */
    static long incoming(Integer request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MailMessage m = new MailMessage();
            m.direction = MailMessage.IN;
            m.status = request == null ? MailStatus.INBOX : MailStatus.MATCHED;
            m.requestId = request == null ? null : (long) request;
            m.matchReason = request == null ? null : "ADDRESS";
            m.mailbox = "fixture";
            m.from = "mairie@commune.test";
            m.to = "vigie@asso.test";
            m.subject = "Accusé de réception";
            m.text = "Nous avons bien reçu votre demande.";
            m.date = Instant.parse("2025-03-05T10:00:00Z");
            m.createdAt = Instant.now();
            m.persist();
            return m.id;
        });
    }

    /** A small e-mail to import, different at each call (an import of the same bytes is skipped). */
    static byte[] eml() {
        return ("From: mairie@commune.test\r\nTo: vigie@asso.test\r\nSubject: Import " + System.nanoTime()
                + "\r\nMessage-ID: <" + System.nanoTime() + "@commune.test>\r\n\r\nBonjour.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
