package io.clearstone.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (named explicitly, so Selenium never tries to
 * download a browser), signed in to the console as a given user.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/screenshots"));

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open() {
        if (!Files.isExecutable(Path.of(CHROMEDRIVER)) || !Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "); bin/test installs them");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1500,1000", "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the console and signs in. */
    Browser signIn(String user) {
        driver.get(Api.SERVER.resolve("/").toString());
        until(d -> d.findElement(By.id("login-submit")).isEnabled());
        driver.findElement(By.id("login-user")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys("demo");
        driver.findElement(By.id("login-submit")).click();
        return this;
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    void tab(String page) {
        driver.findElement(By.cssSelector("#tabs button[data-page='" + page + "']")).click();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits up to 30 s; on a timeout, saves a screenshot and adds the page's text and console log to the error. */
    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(RuntimeException.class)
                    .until(condition);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            Path shot = screenshot("failure-" + System.currentTimeMillis());
            throw new AssertionError("timed out; screenshot " + shot + "\npage: "
                    + driver.findElement(By.tagName("body")).getText() + "\nconsole:\n" + consoleLog(), timeout);
        }
    }

    /** What the page logged to its console since the last call. */
    String consoleLog() {
        StringBuilder log = new StringBuilder();
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .forEach(entry -> log.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
        return log.toString();
    }

    /** Saves what the browser shows under target/screenshots. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a profile left in /tmp is harmless
        }
    }
}
