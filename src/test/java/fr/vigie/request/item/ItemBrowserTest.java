package fr.vigie.request.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 15 in a real Chromium: a BriefCam request gets its eight items from its letter; the answer gives two,
 * refuses three on L311-5 2° d and says two are not held; the CADA's avis is favourable on the three refused; the
 * request page, the body's page and the statistics show it.
 */
@QuarkusTest
class ItemBrowserTest extends BrowserTest {

    private static final String PUBLIC_SAFETY = "CRPA_L311_5_2_D";

    private void setDate(String isoDate) {
        WebElement date = browser.findElement(By.id("f-date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, isoDate);
    }

    private void submit(String buttonCss) {
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector(buttonCss)));
    }

    private void event(String requestPath, String type, String date, String selectId, String value) {
        go(requestPath + "/events/new?type=" + type);
        setDate(date);
        if (selectId != null) {
            new Select(browser.findElement(By.id(selectId))).selectByValue(value);
        }
        submit("main form.wide button[type=submit]");
        assertThat(browser.getCurrentUrl()).as(type).doesNotContain("/events");
    }

    /** The outcome form of the item at {@code index}: its outcome, the answer as the deciding event, and grounds. */
    private void outcome(String requestPath, List<String> itemIds, int index, String outcome, String avis, String... grounds) {
        go(requestPath + "/items/" + itemIds.get(index) + "/outcome");
        new Select(browser.findElement(By.id("f-outcome"))).selectByValue(outcome);
        new Select(browser.findElement(By.id("f-eventId"))).selectByIndex(1);
        for (String g : grounds) {
            WebElement box = browser.findElement(By.id("g-" + g));
            if (!box.isSelected()) {
                box.click();
            }
        }
        if (avis != null) {
            new Select(browser.findElement(By.id("f-avis"))).selectByValue(avis);
        }
        submit("#save-outcome");
        assertThat(browser.getCurrentUrl()).as("item " + index).doesNotContain("/outcome");
    }

    @Test
    void aBriefCamRequestItemByItemUpToTheCadaAvisAndTheFigures() {
        FixedClock.install("2025-06-02");
        int bodyId = RequestApi.newBody("13");
        go("/login");
        browser.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));

        go("/requests/new?template=CADA_BRIEFCAM");
        new Select(browser.findElement(By.id("f-bodyId"))).selectByValue(String.valueOf(bodyId));
        submit("main form.wide button[type=submit]");
        String requestPath = browser.getCurrentUrl().substring(root.length() - 1).replaceAll("[#?].*", "");
        assertThat(requestPath).matches("/requests/\\d+");

        // the eight documents of the letter are proposed; saved as they are
        Chromium.clickToNewPage(browser, browser.findElement(By.id("edit-items")));
        assertThat(browser.findElement(By.id("proposed-hint")).isDisplayed()).isTrue();
        List<String> proposed = browser.findElements(By.cssSelector("#item-rows input[name=label]")).stream()
                .map(e -> e.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(proposed).hasSize(8).startsWith("Les bons de commande", "Les licences en cours ou passées");
        Chromium.screenshot(browser, "items-proposed-from-letter");
        submit("#save-items");
        List<WebElement> items = browser.findElements(By.cssSelector("#item-list > li"));
        assertThat(items).hasSize(8);
        List<String> itemIds = items.stream().map(e -> e.getAttribute("id").substring("item-".length())).toList();

        event(requestPath, "SENT", "2025-03-03", "f-channel", "EMAIL");
        event(requestPath, "ANSWER", "2025-04-01", "f-outcome", "PARTIAL");
        outcome(requestPath, itemIds, 0, "GIVEN", null);
        outcome(requestPath, itemIds, 1, "GIVEN", null);
        for (int i = 2; i <= 4; i++) {
            outcome(requestPath, itemIds, i, "REFUSED", null, PUBLIC_SAFETY);
        }
        outcome(requestPath, itemIds, 5, "NOT_HELD", null);
        outcome(requestPath, itemIds, 6, "NOT_HELD", null);
        // a refusal without its ground is refused, naming the field
        go(requestPath + "/items/" + itemIds.get(7) + "/outcome");
        new Select(browser.findElement(By.id("f-outcome"))).selectByValue("REFUSED");
        new Select(browser.findElement(By.id("f-eventId"))).selectByIndex(1);
        submit("#save-outcome");
        assertThat(browser.findElement(By.id("f-grounds-error")).getText()).contains("motif légal");

        event(requestPath, "CADA_REFERRAL_SENT", "2025-04-15", null, null);
        event(requestPath, "CADA_REGISTERED", "2025-04-20", null, null);
        event(requestPath, "CADA_AVIS", "2025-05-20", "f-avis", "FAVOURABLE");
        for (int i = 2; i <= 4; i++) {
            outcome(requestPath, itemIds, i, "REFUSED", "FAVOURABLE", PUBLIC_SAFETY);
        }

        go(requestPath);
        assertThat(browser.findElement(By.id("items-outcome")).getText()).contains("Communication partielle");
        List<String> outcomes = browser.findElements(By.cssSelector("#item-list > li")).stream()
                .map(e -> e.getAttribute("data-outcome")).toList();
        assertThat(outcomes).containsExactly("GIVEN", "GIVEN", "REFUSED", "REFUSED", "REFUSED", "NOT_HELD", "NOT_HELD", "PENDING");
        String refused = browser.findElement(By.id("item-" + itemIds.get(2))).getText();
        assertThat(refused).contains("Refusé", "avis CADA : Favorable", "L311-5 2° d CRPA — sûreté de l'État");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("items")));
        Chromium.screenshot(browser, "items-request-page");

        go("/bodies/" + bodyId);
        WebElement row = browser.findElement(By.cssSelector("#grounds-body tr[data-ground=" + PUBLIC_SAFETY + "]"));
        assertThat(row.findElement(By.cssSelector(".times")).getText()).isEqualTo("3");
        assertThat(row.findElement(By.cssSelector(".disagreed")).getText()).isEqualTo("3");
        Chromium.screenshot(browser, "items-body-page");

        go("/statistics");
        Chromium.clickToNewPage(browser, browser.findElement(By.id("grounds-link")));
        WebElement bodyRow = browser.findElement(By.cssSelector("#grounds-" + bodyId + " tr[data-ground=" + PUBLIC_SAFETY + "]"));
        assertThat(bodyRow.findElement(By.cssSelector(".times")).getText()).isEqualTo("3");
        assertThat(bodyRow.findElement(By.cssSelector(".disagreed")).getText()).isEqualTo("3");
        assertThat(bodyRow.getText()).contains("L311-5 2° d CRPA", "AIPD");
        Chromium.screenshot(browser, "items-statistics-grounds");
    }
}
