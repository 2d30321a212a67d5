package fr.vigie.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** In Chromium: "remind me on" from a request's mail page, the list of reminders to come, the digest settings. */
@QuarkusTest
class ReminderBrowserTest extends BrowserTest {

    @Test
    void aReminderAddedFromTheRequestIsListedWithItsTitleAndTheDigestIsSaved() {
        int request = MailTestData.request();
        String title = RequestApi.asEditor().get("/api/v1/requests/" + request).then().extract().path("title");
        LocalDate on = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10);

        login(TestAccounts.EDITOR, TestAccounts.PASSWORD);
        go("/requests/" + request + "/mail");
        WebElement date = browser.findElement(By.cssSelector("#remind-form input[name=date]"));
        // a date input takes its value in ISO form whatever the language shown; typing depends on the locale
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, on.toString());
        browser.findElement(By.cssSelector("#remind-form input[name=note]")).sendKeys("Relancer la mairie <b>sans réponse</b>");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("#remind-form button[type=submit]")), "done=added");
        String listed = browser.findElement(By.id("reminders")).getText();
        assertThat(listed).contains(title).contains("Relancer la mairie <b>sans réponse</b>");
        assertThat(browser.findElement(By.cssSelector("#reminders a[href='/requests/" + request + "']")).getText()).isEqualTo(title);

        browser.findElement(By.id("f-email")).clear();
        browser.findElement(By.id("f-email")).sendKeys("marie.dupont@asso.test");
        WebElement digest = browser.findElement(By.id("f-digest"));
        if (!digest.isSelected()) {
            digest.click();
        }
        new Select(browser.findElement(By.cssSelector("select[name=hour]"))).selectByValue("8");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form[action='/mail/reminders'] button[type=submit]")),
                "done=saved");
        assertThat(browser.findElement(By.id("done")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("f-email")).getAttribute("value")).isEqualTo("marie.dupont@asso.test");
        assertThat(new Select(browser.findElement(By.cssSelector("select[name=hour]"))).getFirstSelectedOption().getText())
                .isEqualTo("8 h");
        Chromium.screenshot(browser, "reminders");

        go("/account");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("main a[href='/mail/reminders']")), "/mail/reminders");
    }
}
