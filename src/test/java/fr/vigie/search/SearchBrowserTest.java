package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;

/** In Chromium: a word typed in the header's box finds a request and a document's page; a filter narrows it down. */
@QuarkusTest
class SearchBrowserTest extends BrowserTest {

    @Test
    void theHeaderBoxFindsRequestsAndDocumentsAndAFilterNarrowsThem() {
        String word = SearchApi.unique("nav");
        int commune = SearchApi.newBody("Commune de Nice " + word, "COMMUNE", "06");
        int prefecture = SearchApi.newBody("Préfecture des Alpes-Maritimes " + word, "PREFECTURE", "06");
        int byCommune = SearchApi.newRequest(commune, "Caméras BriefCam de la commune", "Je vous prie de me communiquer "
                + "l'analyse d'impact relative aux caméras (" + word + ").", "PRIVATE", List.of("briefcam"));
        int byPrefecture = SearchApi.newRequest(prefecture, "Vidéoprotection : autorisations préfectorales",
                "Je vous prie de me communiquer les autorisations de vidéoprotection (" + word + ").", "PRIVATE", List.of());
        SearchApi.upload(byCommune, "bon-de-commande.pdf", TestFiles.pdf("Bon de commande du logiciel BriefCam " + word),
                "application/pdf");
        SearchApi.await(TestAccounts.VIEWER, j -> j.getList("items.type").contains("DOCUMENT") && j.getInt("total") >= 3,
                "q", word);

        login(TestAccounts.VIEWER, TestAccounts.PASSWORD);
        go("/requests");
        browser.findElement(By.id("site-search-q")).sendKeys(word + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("/search?q="));
        WebElement results = browser.findElement(By.id("results"));
        assertThat(results.findElements(By.cssSelector("li.result"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(results.getText()).contains("Caméras BriefCam de la commune · Commune de Nice " + word)
                .contains("Vidéoprotection : autorisations préfectorales").contains("bon-de-commande.pdf");
        assertThat(results.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains(word);
        assertThat(browser.findElement(By.cssSelector("a[href='/requests/" + byPrefecture + "']")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "search-results");

        browser.findElement(By.cssSelector("details.filters summary")).click();
        new Select(browser.findElement(By.cssSelector("select[name=bodyKind]"))).selectByValue("PREFECTURE");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form.search-page button[type=submit]")));
        results = browser.findElement(By.id("results"));
        assertThat(browser.getCurrentUrl()).contains("bodyKind=PREFECTURE");
        assertThat(results.getText()).contains("Vidéoprotection : autorisations préfectorales")
                .doesNotContain("Caméras BriefCam de la commune").doesNotContain("bon-de-commande.pdf");
        assertThat(browser.findElement(By.cssSelector("details.filters")).getAttribute("open")).isNotNull();
        Chromium.screenshot(browser, "search-filtered");
    }

    @Test
    void withoutLoginOnlyPublicRequestsAreFound() {
        String word = SearchApi.unique("anon");
        int body = SearchApi.newBody("Commune de Menton " + word, "COMMUNE", "06");
        SearchApi.newRequest(body, "Demande publique", "Les bons de commande (" + word + ").", "PUBLIC", List.of());
        SearchApi.newRequest(body, "Demande privée", "Les factures (" + word + ").", "PRIVATE", List.of());
        SearchApi.await(TestAccounts.VIEWER, j -> j.getInt("total") >= 2, "q", word);

        go("/search?q=" + word);
        assertThat(browser.findElement(By.id("results")).getText()).contains("Demande publique").doesNotContain("Demande privée");
        assertThat(browser.findElement(By.cssSelector("#results a")).getAttribute("href")).contains("/p/");
        Chromium.screenshot(browser, "search-anonymous");
    }
}
