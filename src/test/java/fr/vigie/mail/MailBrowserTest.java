package fr.vigie.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;

/** In Chromium: a letter sent by e-mail, its answer waiting on the request, confirmed in one click; the inbox. */
@QuarkusTest
class MailBrowserTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension server = MailServer.perTest();

    @Inject
    MailPoller poller;

    @Test
    void sentAnswerConfirmedInOneClickAndTheInbox() throws Exception {
        server.setUser(MailServer.MAILBOX, MailServer.MAILBOX, MailServer.PASSWORD);
        int request = MailTestData.request();
        int letter = MailTestData.keptRequestLetter(request);
        MailTestData.send(request, Map.of("to", "mairie@commune.test", "subject", "Demande de documents", "text",
                "Madame, Monsieur,\nveuillez trouver ma demande ci-jointe.", "letterId", letter)).statusCode(202);
        assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage out = server.getReceivedMessages()[0];
        MimeMessage reply = MailReceiveTest.message("mairie@commune.test", out.getHeader("Reply-To", null),
                "RE: " + out.getSubject(), "Madame,\n\nVeuillez trouver ci-joint les bons de commande demandés.\n\nLe maire",
                "bons-de-commande.pdf", TestFiles.pdf("Bons de commande"));
        reply.setHeader("In-Reply-To", out.getMessageID());
        server.getUserManager().getUser(MailServer.MAILBOX).deliver(reply);
        server.getUserManager().getUser(MailServer.MAILBOX).deliver(MailReceiveTest.message("presse@journal.test",
                "vigie@asso.test", "Question sur vos demandes", "Bonjour, pouvez-vous me rappeler ?", null, null));
        for (int i = 0; i < 50 && !MailTestData.messages(request).extract().asString().contains("\"SENT\""); i++) {
            Thread.sleep(100);
        }
        poller.poll();

        go("/login");
        browser.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));

        go("/requests/" + request + "/mail");
        assertThat(browser.findElement(By.id("mail")).getText()).contains("envoyé").contains("à confirmer")
                .contains("bons-de-commande.pdf");
        Chromium.screenshot(browser, "mail-request");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("form.confirm select[name=outcome]")))
                .selectByValue("FULL");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form.confirm button[type=submit]")));
        go("/requests/" + request);
        assertThat(browser.findElement(By.id("request-mail")).getText()).contains("enregistré dans la chronologie");
        Chromium.screenshot(browser, "mail-on-request");

        go("/mail/inbox");
        assertThat(browser.findElement(By.id("inbox")).getText()).contains("Question sur vos demandes");
        Chromium.screenshot(browser, "mail-inbox");
        go("/mail/outbox");
        assertThat(browser.findElement(By.id("outbox")).getText()).contains("Demande de documents");
        Chromium.screenshot(browser, "mail-outbox");
        RequestApi.asEditor().get("/api/v1/requests/" + request).then().statusCode(200);
    }
}
