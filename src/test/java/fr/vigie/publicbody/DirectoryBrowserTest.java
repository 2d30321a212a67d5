package fr.vigie.publicbody;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** The directory as a journalist uses it, in a real Chromium. */
@QuarkusTest
class DirectoryBrowserTest extends BrowserTest {

    @Test
    void loginCreateSearchImportWithABadLineAndSwitchToEnglish() throws Exception {
        go("/bodies");
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form button[type=submit]")), "/");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        go("/bodies/new");
        browser.findElement(By.id("f-name")).sendKeys("Commune de Vaulx-en-Velin " + tag);
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("COMMUNE");
        browser.findElement(By.id("f-departement")).sendKeys("69");
        browser.findElement(By.id("f-email")).sendKeys("mairie@vaulx.example");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Commune de Vaulx-en-Velin " + tag);
        Chromium.screenshot(browser, "body-created");

        go("/bodies");
        browser.findElement(By.id("f-q")).sendKeys("vaulx en velin " + tag);
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.search button")), "q=vaulx");
        assertThat(browser.findElements(By.cssSelector("#bodies tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#bodies tbody")).getText()).contains("Vaulx-en-Velin " + tag);

        Path csv = Files.createTempFile("bodies", ".csv");
        Files.writeString(csv, "name,kind,departement\nMairie A " + tag + ",COMMUNE,59\nMairie B " + tag
                + ",VILLAGE,59\nMairie C " + tag + ",COMMUNE,59\n", StandardCharsets.UTF_8);
        go("/bodies/import");
        browser.findElement(By.id("f-file")).sendKeys(csv.toAbsolutePath().toString());
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        String errors = browser.findElement(By.id("import-errors")).getText();
        assertThat(errors).contains("ligne 3").contains("kind");
        assertThat(errors).doesNotContain("ligne 2").doesNotContain("ligne 4");
        assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();
        Chromium.screenshot(browser, "import-bad-line");
        go("/bodies?q=mairie " + tag);
        assertThat(browser.findElements(By.id("no-result"))).hasSize(1);

        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("a.lang")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Public bodies");
        assertThat(browser.getCurrentUrl()).contains("/bodies?q=mairie");
        Chromium.screenshot(browser, "english");
    }
}
