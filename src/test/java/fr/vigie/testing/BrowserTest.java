package fr.vigie.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import io.quarkus.test.common.http.TestHTTPResource;

/** Base of the browser tests: a fresh headless Chromium per test, pointed at the running application. */
public abstract class BrowserTest {

    @TestHTTPResource("/")
    protected String root;

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        TestAccounts.ensure();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in through the login page and waits until it has gone. */
    protected void login(String username, String password) {
        go("/login");
        browser.findElement(org.openqa.selenium.By.id("j_username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("j_password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(b -> !b.getCurrentUrl().contains("/login"));
    }

    /** Opens a page of the application by its path ("/bodies"). */
    protected void go(String path) {
        browser.get(root + path.substring(1));
    }
}
