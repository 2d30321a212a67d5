package fr.vigie.letter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vigie.letter.pdf.PdfText;
import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * In a real Chromium: from a request refused by silence, prepare the CADA referral from the next-action box, edit one
 * sentence, keep it, download its PDF, mark it sent, and see the next steps: the CADA's registration, then its avis
 * with its date.
 */
@QuarkusTest
class LetterBrowserTest extends BrowserTest {

    @Test
    void cadaReferralFromSilenceToSent() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int body = LetterTestData.body("Préfecture des Alpes-Maritimes", "06");
        int r = LetterTestData.request(body, "FR_CRPA", "Navigateur " + me, "Les bons de commande du logiciel BriefCam.");
        LetterTestData.event(r, "SENT", "2025-03-03", "channel", "REGISTERED_POST");
        go("/login");
        browser.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));

        go("/requests/" + r);
        assertThat(browser.findElement(By.id("next-action")).getText()).contains("Saisir la CADA avant le");
        assertThat(browser.findElement(By.id("open-letters")).getText()).contains("Saisine de la CADA");
        Chromium.screenshot(browser, "letters-next-action");
        WebElement prepare = browser.findElement(By.id("prepare-letter"));
        assertThat(prepare.getText()).isEqualTo("Préparer la lettre : Saisine de la CADA");
        Chromium.clickToNewPage(browser, prepare);
        WebElement text = browser.findElement(By.id("f-text"));
        String draft = text.getAttribute("value");
        assertThat(draft).contains("Je soussignée, Madame Marie Dupont-Hélène").contains("dimanche 6 avril 2025");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", text,
                draft.replace("Je demande à la Commission d'émettre", "Je prie respectueusement la Commission d'émettre"));
        Chromium.screenshot(browser, "letter-edit");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("main form.wide button[type=submit]")));
        assertThat(browser.findElement(By.id("kept-notice")).getText()).isEqualTo("Lettre conservée.");

        WebElement pdfLink = browser.findElement(By.cssSelector("#kept-letters a[href$='.pdf']"));
        Map<String, String> cookies = browser.manage().getCookies().stream().collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
        byte[] pdf = given().cookies(cookies).redirects().follow(false).get(pdfLink.getAttribute("href")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(PdfText.text(pdf)).contains("Je prie respectueusement la Commission").contains("Lettre recommandée avec demande d'avis de réception");

        WebElement date = browser.findElement(By.cssSelector("#kept-letters input[type=date]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, "2025-04-20");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("#kept-letters form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).endsWith("/requests/" + r);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Saisine de la CADA envoyée").contains("20 avril 2025");
        assertThat(browser.findElement(By.id("next-action")).getText()).contains("Attendre l'enregistrement de la saisine par la CADA");
        Chromium.screenshot(browser, "letter-sent");

        // the CADA registers the referral on 24 April 2025: its avis is due one month later (R343-3)
        FixedClock.install("2025-04-25");
        LetterTestData.event(r, "CADA_REGISTERED", "2025-04-24", "caseNumber", "20251234");
        go("/requests/" + r);
        assertThat(browser.findElement(By.id("next-action")).getText())
                .contains("Attendre l'avis de la CADA, dû le samedi 24 mai 2025");
        Chromium.screenshot(browser, "letter-next-step-avis");
    }
}
