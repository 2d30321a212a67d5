package fr.vigie.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;

/** A CADA request from the letter to the partial answer with its PDF, in a real Chromium. */
@QuarkusTest
class RequestBrowserTest extends BrowserTest {

    /** Date inputs type in the browser's locale format: set the ISO value the form sends instead. */
    private void setDate(String isoDate) {
        WebElement date = browser.findElement(By.id("f-date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, isoDate);
    }

    private void submit() {
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("main form.wide button[type=submit]")));
    }

    @Test
    void cadaRequestSentAnsweredInPartWithAPdfThenReferralDeadline() throws Exception {
        FixedClock.install("2025-03-20");
        int bodyId = RequestApi.newBody("13");
        go("/requests/new?template=CADA_BRIEFCAM");
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // the login answer redirects back; wait for it so that the session cookie is set before going on
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));
        go("/requests/new?template=CADA_BRIEFCAM");
        new Select(browser.findElement(By.id("f-bodyId"))).selectByValue(String.valueOf(bodyId));
        new Select(browser.findElement(By.id("f-channel"))).selectByValue("REGISTERED_POST");
        submit();
        String requestPath = browser.getCurrentUrl().substring(root.length() - 1).replaceAll("[#?].*", "");
        assertThat(requestPath).matches("/requests/\\d+");

        go(requestPath + "/events/new?type=SENT");
        setDate("2025-03-03");
        new Select(browser.findElement(By.id("f-channel"))).selectByValue("REGISTERED_POST");
        submit();
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("3 mars 2025");

        byte[] pdf = TestFiles.pdf("Reponse partielle de la prefecture");
        Path file = Files.createTempFile("reponse-prefecture", ".pdf");
        Files.write(file, pdf);
        go(requestPath + "/events/new?type=ANSWER");
        setDate("2025-03-07");
        new Select(browser.findElement(By.id("f-outcome"))).selectByValue("PARTIAL");
        browser.findElement(By.id("f-attachments")).sendKeys(file.toAbsolutePath().toString());
        submit();

        // LEGAL.md, délai franc (R343-1): answer Fri 7 March → 7 May + 1 day = Thu 8 May, a holiday → Fri 9 May
        assertThat(browser.findElement(By.id("next-action")).getText()).contains("Saisir la CADA avant le vendredi 9 mai 2025");
        WebElement link = browser.findElement(By.cssSelector("#timeline ul.documents a"));
        assertThat(link.getText()).isEqualTo(file.getFileName().toString());
        Chromium.screenshot(browser, "request-answer-with-pdf");

        Map<String, String> cookies = browser.manage().getCookies().stream()
                .collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
        byte[] downloaded = given().cookies(cookies).redirects().follow(false).get(link.getAttribute("href"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }
}
