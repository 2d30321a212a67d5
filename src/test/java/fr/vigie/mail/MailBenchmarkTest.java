package fr.vigie.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Properties;

import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;

import fr.vigie.testing.TestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Ingests N messages with a PDF attachment from IMAP (GreenMail) and prints messages per second and the heap.
 * Run: {@code ./mvnw -B test -Dtest=MailBenchmarkTest -Dmail.bench=1000} (README, Mail).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "mail.bench", matches = "[0-9]+")
class MailBenchmarkTest {

    @RegisterExtension
    static GreenMailExtension server = MailServer.perTest();

    @Inject
    MailPoller poller;

    @Inject
    MailIntake intake;

    /** The 1, 5 and 15 minute load averages, as uptime shows them (these machines are shared). */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    @Test
    void ingest() throws Exception {
        int n = Integer.parseInt(System.getProperty("mail.bench"));
        GreenMailUser mailbox = server.setUser(MailServer.MAILBOX, MailServer.MAILBOX, MailServer.PASSWORD);
        byte[] pdf = TestFiles.pdf("Bons de commande BriefCam, page de réponse");
        Session session = Session.getInstance(new Properties());
        for (int i = 0; i < n; i++) {
            MimeMessage m = MailReceiveTest.message("mairie" + (i % 50) + "@commune.test", "vigie@asso.test", "Réponse " + i,
                    "Madame, veuillez trouver ci-joint les documents " + i, "reponse-" + i + ".pdf", pdf);
            mailbox.deliver(new MimeMessage(session, new java.io.ByteArrayInputStream(MailReceiveTest.bytes(m))));
        }
        long before = QuarkusTransaction.requiringNew().call(() -> MailMessage.count("direction", MailMessage.IN));
        System.gc();
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        int kept = poller.fetchNew();
        long keptAt = System.nanoTime();
        int filed = intake.processKept();
        long end = System.nanoTime();
        MailJson.Polled polled = new MailJson.Polled(kept, filed);
        double seconds = (end - start) / 1e9;
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        System.out.printf("mail benchmark: %d messages kept and filed in %.1f s = %.1f messages/s (keeping %.1f s, filing %.1f s);"
                + " heap used %d MB of %d MB; load average %s before, %s after%n", polled.kept(), seconds, polled.kept() / seconds,
                (keptAt - start) / 1e9, (end - keptAt) / 1e9, heap, max, loadBefore, loadAverage());
        assertThat(polled.kept()).isEqualTo(n);
        assertThat(polled.processed()).isEqualTo(n);
        assertThat(QuarkusTransaction.requiringNew().call(() -> MailMessage.count("direction", MailMessage.IN)) - before).isEqualTo(n);
    }
}
