package fr.vigie.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail, a real SMTP and IMAP server in the test JVM, on the ports the test profile points Vigie to. */
final class MailServer {

    static final ServerSetup SMTP = new ServerSetup(39025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ServerSetup IMAP = new ServerSetup(39143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    /** The mailbox Vigie reads (test profile: vigie.mail.imap.*). */
    static final String MAILBOX = "vigie@asso.test";
    static final String PASSWORD = "secret-imap";

    private MailServer() {
    }

    /**
     * A fresh server for each test method, with Vigie's mailbox. GreenMail sets a mailbox's UIDVALIDITY to the
     * current second: two servers started within one second would look like one mailbox whose UIDs went back, and
     * Vigie (rightly) skips UIDs it has already seen. So each server is stopped into a new second.
     */
    static GreenMailExtension perTest() {
        GreenMailExtension server = new GreenMailExtension(new ServerSetup[] { SMTP, IMAP }) {
            @Override
            public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
                super.afterEach(context);
                long second = System.currentTimeMillis() / 1000;
                while (System.currentTimeMillis() / 1000 == second) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        };
        return server.withPerMethodLifecycle(true);
    }
}
