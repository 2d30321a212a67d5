package fr.vigie.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is ever downloaded. Without a
 * browser the tests are skipped with a visible message, except in CI (CI=true), where they fail.
 */
public final class Chromium {

    static final String BROWSER = System.getenv().getOrDefault("VIGIE_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = System.getenv().getOrDefault("VIGIE_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    public static WebDriver start() {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            String message = "Browser tests need " + BROWSER + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + ": missing in CI");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=fr-FR");
        // what the browser asks for in Accept-Language: a French journalist's browser
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a click starts a navigation; look-ups wait for the new page's elements rather than racing it
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Clicks something that loads another page, and waits until the address has changed and shows {@code urlPart}. */
    public static void clickAndWait(WebDriver driver, org.openqa.selenium.WebElement element, String urlPart) {
        String before = driver.getCurrentUrl();
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().contains(urlPart));
    }

    /**
     * Clicks something that loads a page (a form's button, a link), and waits until the page it left is gone:
     * reading the address or the document straight after the click can still see the old page.
     */
    public static void clickToNewPage(WebDriver driver, org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement left = driver.findElement(org.openqa.selenium.By.tagName("html"));
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(left));
    }

    /** Whether the element's page was replaced; Chromium may say so as "does not belong to the document". */
    private static boolean gone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Keeps a picture of the page as test output (target/screenshots/NAME.png). */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write screenshot " + name, e);
        }
    }
}
