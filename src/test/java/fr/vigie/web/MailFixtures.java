package fr.vigie.web;

import java.time.Instant;

import fr.vigie.mail.MailMessage;
import fr.vigie.mail.MailStatus;
import fr.vigie.mail.ReminderSettings;
import fr.vigie.mail.Reminders;
import fr.vigie.mail.RequestReminder;
import io.quarkus.arc.Arc;
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
            m.createdBy = RouteFixtures.userId("route-user"); // a retry records the SENT event in this person's name
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

    /** A reminder of the user's on the request, not yet sent. */
    static long reminder(long userId, int request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RequestReminder r = new RequestReminder();
            r.userId = userId;
            r.requestId = (long) request;
            r.remindOn = java.time.LocalDate.of(2099, 1, 15);
            r.createdAt = Instant.now();
            r.persist();
            return r.id;
        });
    }

    /** The token of the user's unsubscribe link (reminder settings saved if the user had none). */
    static String unsubscribeToken(long userId) {
        Reminders reminders = Arc.container().instance(Reminders.class).get();
        ReminderSettings s = reminders.settings(userId);
        return (s != null ? s : reminders.save(userId, new Reminders.SettingsForm("lecteur@asso.test", true, 8, "fr")))
                .unsubscribeToken();
    }

    /** A small e-mail to import, different at each call (an import of the same bytes is skipped). */
    static byte[] eml() {
        return ("From: mairie@commune.test\r\nTo: vigie@asso.test\r\nSubject: Import " + System.nanoTime()
                + "\r\nMessage-ID: <" + System.nanoTime() + "@commune.test>\r\n\r\nBonjour.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
