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

    /** A fresh server for each test method, with Vigie's mailbox. */
    static GreenMailExtension perTest() {
        GreenMailExtension server = new GreenMailExtension(new ServerSetup[] { SMTP, IMAP }).withPerMethodLifecycle(true);
        return server;
    }
}
