package fr.vigie.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import io.quarkus.test.junit.QuarkusTest;

/** The calculator as a visitor uses it, in a real Chromium, without logging in. */
@QuarkusTest
class CalculatorBrowserTest extends BrowserTest {

    @Test
    void chooseTheRegimeEnterTheReceiptDateReadTheChainThenSwitchToEnglish() {
        browser.get(root + "calculator");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Calculateur de délais");

        // without JavaScript, a regime change shows its dates after a submission
        new Select(browser.findElement(By.id("f-regime"))).selectByValue("US_FOIA");
        submit();
        assertThat(browser.findElements(By.id("f-ADVERSE_DETERMINATION"))).hasSize(1);
        assertThat(browser.findElements(By.id("f-acknowledged"))).isEmpty();
        new Select(browser.findElement(By.id("f-regime"))).selectByValue("FR_CRPA");
        submit();

        // 3 March 2025 reads the same in day/month and month/day order
        browser.findElement(By.id("f-REQUEST_RECEIVED")).sendKeys("03032025");
        browser.findElement(By.id("f-acknowledged")).click();
        submit();
        // the form sends the visitor straight to the chain
        assertThat(browser.getCurrentUrl()).contains("regime=FR_CRPA").contains("REQUEST_RECEIVED=2025-03-03")
                .endsWith("#chain-title");
        String implicitRefusal = browser.findElement(By.id("deadline-IMPLICIT_REFUSAL")).getText();
        assertThat(implicitRefusal).contains("Refus implicite (décision implicite de rejet)", "jeudi 3 avril 2025",
                "CRPA R*311-12, R311-13");
        String referral = browser.findElement(By.id("deadline-CADA_REFERRAL_BY")).getText();
        assertThat(referral).contains("Saisine de la CADA", "mercredi 4 juin 2025", "vous, le demandeur",
                "Délai franc : dernier jour mercredi 4 juin 2025");
        assertThat(browser.findElements(By.cssSelector("#timeline > li"))).hasSize(2);
        Chromium.screenshot(browser, "calculator-fr");

        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("a.lang")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Deadline calculator");
        assertThat(browser.findElement(By.id("deadline-IMPLICIT_REFUSAL")).getText()).contains("Implicit refusal",
                "Thursday 3 April 2025");
        assertThat(browser.findElement(By.id("deadline-CADA_REFERRAL_BY")).getText()).contains("Referral to the CADA",
                "Wednesday 4 June 2025", "you, the requester", "Nominal end: Tuesday 3 June 2025");
        browser.get(browser.getCurrentUrl() + "#chain-title");
        Chromium.screenshot(browser, "calculator-en");
    }

    private void submit() {
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form.calculator button[type=submit]")));
    }
}
