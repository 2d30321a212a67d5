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

    /** A referral sent before the implicit refusal (R343-1), a requester abroad (CJA R421-7), a refusal without its remedies. */
    @Test
    void warningsResidenceAndRemediesInTheBrowser() {
        browser.get(root + "calculator");
        // 3 March and 4 April 2025 read the same in day/month and month/day order
        browser.findElement(By.id("f-REQUEST_RECEIVED")).sendKeys("03032025");
        browser.findElement(By.id("f-CADA_REFERRAL_SENT")).sendKeys("03032025");
        browser.findElement(By.id("f-EXPRESS_REFUSAL")).sendKeys("04042025");
        browser.findElement(By.id("f-noRemedies-EXPRESS_REFUSAL")).click();
        new Select(browser.findElement(By.id("f-requesterResidence"))).selectByValue("ABROAD");
        submit();

        assertThat(browser.getCurrentUrl()).contains("requesterResidence=ABROAD", "noRemedies=EXPRESS_REFUSAL");
        assertThat(browser.findElement(By.id("warning-PREMATURE_CADA_REFERRAL")).getText())
                .contains("Saisine de la CADA prématurée", "jeudi 3 avril 2025");
        // the express refusal of 4 April, after the DIR, opens the referral period; without its remedies, one year
        assertThat(browser.findElement(By.id("deadline-CADA_REFERRAL_BY")).getText()).contains("jeudi 5 juin 2025");
        assertThat(browser.findElement(By.id("deadline-ONE_YEAR_LIMIT")).getText()).contains("samedi 4 avril 2026", "R421-5");
        assertThat(browser.findElement(By.id("f-noRemedies-EXPRESS_REFUSAL")).isSelected()).isTrue();
        Chromium.screenshot(browser, "calculator-warnings");
    }

    private void submit() {
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form.calculator button[type=submit]")));
    }
}
