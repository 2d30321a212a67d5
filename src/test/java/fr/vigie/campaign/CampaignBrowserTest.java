package fr.vigie.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** The BriefCam campaign in a real Chromium: started from the reference bodies, sent, two answers, matrix and map. */
@QuarkusTest
class CampaignBrowserTest extends BrowserTest {

    private void setDate(String isoDate) {
        WebElement date = browser.findElement(By.id("f-date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, isoDate);
    }

    private String count(String stage) {
        return browser.findElement(By.cssSelector("#stage-counts td[data-stage=" + stage + "]")).getText();
    }

    private String shade(String departement) {
        return browser.findElement(By.cssSelector("#map use[data-dep='" + departement + "']")).getAttribute("data-shade");
    }

    private void tick(String bodyName) {
        browser.findElement(By.xpath("//table[@id='matrix']//tr[th/a[text()=\"" + bodyName + "\"]]//input[@type='checkbox']")).click();
    }

    @Test
    void briefCamCampaignFromTheReferenceBodiesSentThenTwoAnswersInBulk() {
        FixedClock clock = FixedClock.install("2025-03-03");
        go("/login");
        browser.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));

        go("/campaigns/new");
        browser.findElement(By.id("f-name")).sendKeys("BriefCam");
        browser.findElement(By.id("f-text")).sendKeys("{{organisme}}\n\nJe demande la communication des bons de commande du logiciel BriefCam.");
        browser.findElement(By.id("f-tags")).sendKeys("briefcam");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).matches(".*/campaigns/\\d+/bodies");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("#reference button")));
        assertThat(browser.findElement(By.id("request-count")).getText()).isEqualTo("28");
        assertThat(count("DRAFT")).isEqualTo("28");
        assertThat(shade("56")).isEqualTo("WAITING");

        // send them all: tick every request, record SENT on 3 March 2025
        browser.findElements(By.cssSelector("#matrix input[name=requestIds]")).forEach(WebElement::click);
        new Select(browser.findElement(By.id("f-action"))).selectByValue("EVENT");
        new Select(browser.findElement(By.id("f-type"))).selectByValue("SENT");
        setDate("2025-03-03");
        Chromium.clickToNewPage(browser, browser.findElement(By.id("bulk-submit")));
        assertThat(count("AWAITING_ANSWER")).isEqualTo("28");
        assertThat(count("DRAFT")).isEqualTo("0");
        Chromium.screenshot(browser, "campaign-sent");

        // two answers in full, recorded in bulk
        clock.set("2025-03-20");
        tick("Commune de Vannes");
        tick("Commune de Vienne (Isère)");
        new Select(browser.findElement(By.id("f-type"))).selectByValue("ANSWER");
        new Select(browser.findElement(By.id("f-outcome"))).selectByValue("FULL");
        setDate("2025-03-20");
        Chromium.clickToNewPage(browser, browser.findElement(By.id("bulk-submit")));
        assertThat(count("ANSWERED")).isEqualTo("2");
        assertThat(count("AWAITING_ANSWER")).isEqualTo("26");
        assertThat(browser.findElement(By.id("in-time")).getText()).contains("2 sur 28");
        assertThat(shade("56")).isEqualTo("ANSWERED");
        assertThat(shade("38")).isEqualTo("WAITING"); // Moirans, in Isère too, has not answered
        assertThat(browser.findElement(By.cssSelector("#map-table tr[data-dep='56']")).getText()).contains("Répondue");
        Chromium.screenshot(browser, "campaign-answered");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('map').scrollIntoView()");
        Chromium.screenshot(browser, "campaign-map");
    }
}
