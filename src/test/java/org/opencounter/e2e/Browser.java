package org.opencounter.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, driven by Selenium. Without Chromium the browser tests are skipped with a
 * message, unless {@code -Dbrowser.required=true} (as in CI), where a missing browser fails the build.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser open(int port) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException("browser.required=true but /usr/bin/chromium or /usr/bin/chromedriver "
                        + "is missing: apt-get install chromium chromium-driver");
            }
            System.out.println("SKIPPED browser tests: no Chromium at /usr/bin/chromium (apt-get install chromium chromium-driver)");
            Assumptions.abort("no Chromium installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    Browser login(String username, String password) {
        go("/login");
        type("username", username);
        type("password", password);
        submit("login-button");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("current-user")),
                ExpectedConditions.presenceOfElementLocated(By.id("login-error"))));
        return this;
    }

    Browser logout() {
        submit("logout-button");
        waitFor("login-form");
        return this;
    }

    /** Types into a field; once more if the page swapped the element out underneath (a late render). */
    Browser type(String id, String text) {
        try {
            typeInto(driver.findElement(By.id(id)), text);
        } catch (org.openqa.selenium.WebDriverException failure) {
            if (!detached(failure)) {
                throw failure;
            }
            waitUntilLoaded();
            typeInto(driver.findElement(By.id(id)), text);
        }
        return this;
    }

    private static void typeInto(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value directly, for date inputs whose typing format depends on the browser's locale. */
    Browser setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
                driver.findElement(By.id(id)), value);
        return this;
    }

    /** Chooses a file for a file input, as the file dialog would. */
    Browser attach(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    Browser select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    Browser click(String id) {
        return clickOn(driver.findElement(By.id(id)));
    }

    /** Clicks the first element matching the CSS selector, scrolled into view first. */
    Browser clickCss(String css) {
        return clickOn(driver.findElement(By.cssSelector(css)));
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    Browser submit(String id) {
        return submitVia(driver.findElement(By.id(id)));
    }

    Browser submitCss(String css) {
        return submitVia(driver.findElement(By.cssSelector(css)));
    }

    private Browser submitVia(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickOn(button);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> replaced(page));
        waitUntilLoaded();
        return this;
    }

    /**
     * Whether the element's document is gone. Chromedriver says so either as a stale element or, while the new
     * document is being swapped in, as "node does not belong to the document"; both mean the page was replaced.
     */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException failure) {
            if (detached(failure)) {
                return true;
            }
            throw failure;
        }
    }

    private static boolean detached(org.openqa.selenium.WebDriverException failure) {
        return failure instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(failure.getMessage()).contains("does not belong to the document");
    }

    /** The old page going stale means the new one has started; wait until it has finished loading too. */
    private void waitUntilLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private Browser clickOn(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        return this;
    }

    WebElement waitFor(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The element's text; an element a live page (htmx polling) swapped out meanwhile is looked up again. */
    String text(String id) {
        try {
            return waitFor(id).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
            return waitFor(id).getText();
        }
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebDriver driver() {
        return driver;
    }

    /** Keeps a picture of the page under target/screenshots, for people to look at. */
    void screenshot(String name) {
        try {
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
