package fr.vigie.dashboard;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** The dashboard as a journalist opens it in the morning, in a real Chromium. */
@QuarkusTest
class DashboardBrowserTest extends BrowserTest {

    private static String overdueRequest(String departement, String tag, String title) {
        Map<String, Object> r = RequestApi.request(RequestApi.newBody(departement));
        r.put("channel", "EMAIL");
        r.put("title", title);
        r.put("tags", List.of(tag));
        int id = asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        event(id, ev("SENT", "2025-01-06")).then().statusCode(201); // silent since 6 Feb
        return title;
    }

    @Test
    void overdueRequestsFiltersAndAChart() {
        FixedClock.install("2025-03-05");
        String tag = "b" + UUID.randomUUID().toString().substring(0, 8);
        String marseille = overdueRequest("13", tag, "Vidéosurveillance Marseille " + tag);
        String lyon = overdueRequest("69", tag, "Vidéosurveillance Lyon " + tag);

        go("/login");
        browser.findElement(By.id("j_username")).sendKeys(TestAccounts.VIEWER);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("main form button[type=submit]")), "/");

        browser.findElement(By.id("f-tag")).sendKeys(tag);
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.search button")), "tag=" + tag);
        String list = browser.findElement(By.id("overdue-list")).getText();
        assertThat(list).contains(marseille, lyon).contains("27 jour(s) de retard");
        Chromium.screenshot(browser, "dashboard-overdue");

        browser.findElement(By.id("f-departement")).sendKeys("13");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.search button")), "departement=13");
        list = browser.findElement(By.id("overdue-list")).getText();
        assertThat(list).contains(marseille).doesNotContain(lyon);
        assertThat(browser.findElement(By.id("count-overdue")).getText()).isEqualTo("1");

        go("/statistics");
        assertThat(browser.findElements(By.cssSelector("#chart-in-time rect"))).isNotEmpty();
        assertThat(browser.findElement(By.id("chart-in-time")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "statistics-chart");
    }
}
