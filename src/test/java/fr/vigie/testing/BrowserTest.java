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

    /** Opens a page of the application by its path ("/bodies"). */
    protected void go(String path) {
        browser.get(root + path.substring(1));
    }
}
