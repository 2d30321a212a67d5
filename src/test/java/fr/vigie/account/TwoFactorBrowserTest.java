package fr.vigie.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import fr.vigie.testing.BrowserTest;
import fr.vigie.testing.Chromium;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** In Chromium: the second factor turned on from the account page, then a sign-in with the password and the code. */
@QuarkusTest
class TwoFactorBrowserTest extends BrowserTest {

    @Test
    void turnedOnFromTheAccountPageThenTheCodeIsAskedAfterThePassword() throws Exception {
        FixedClock clock = FixedClock.install("2026-03-02");
        String name = "tf-browser-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.ensure(name, Role.EDITOR);

        login(name, TestAccounts.PASSWORD);
        go("/account");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("a[href='/account/two-factor']")), "/two-factor");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form[action='/account/two-factor/start'] button")));
        String secret = browser.findElement(By.id("totp-secret")).getText().replace(" ", ""); // shown in groups of four
        String uri = browser.findElement(By.id("totp-uri")).getAttribute("href");
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret + "&");
        assertThat(scan(browser.findElement(By.id("totp-qr")))).as("what a phone reads from the QR code").isEqualTo(uri);
        Chromium.screenshot(browser, "two-factor-enrol");

        browser.findElement(By.id("f-code")).sendKeys("000000");
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form[action='/account/two-factor/confirm'] button")));
        assertThat(browser.findElement(By.id("f-code-error")).isDisplayed()).as("a wrong code is said beside the field").isTrue();
        browser.findElement(By.id("f-code")).sendKeys(Totp.codeAt(secret, clock.now()));
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form[action='/account/two-factor/confirm'] button")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        assertThat(browser.findElement(By.id("two-factor-state")).getText()).contains("10");
        Chromium.screenshot(browser, "two-factor-recovery-codes");

        // the next day: sign out, then in again, the password first and the code second
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form[action='/logout'] button")));
        clock.set("2026-03-03");
        go("/login");
        browser.findElement(By.id("j_username")).sendKeys(name);
        browser.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        Chromium.clickToNewPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("input[name=j_username]")).getAttribute("type")).isEqualTo("hidden");
        assertThat(browser.findElements(By.cssSelector("a[href='/account']"))).as("not signed in yet").isEmpty();
        Chromium.screenshot(browser, "two-factor-code");
        browser.findElement(By.id("j_password")).sendKeys(Totp.codeAt(secret, clock.now()));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));
        go("/account/two-factor");
        assertThat(browser.findElement(By.id("two-factor-state")).getText()).contains("10");
    }

    /** Reads the QR code as drawn by Chromium, with ZXing's decoder. */
    private static String scan(WebElement qr) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
