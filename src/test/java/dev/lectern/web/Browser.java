package dev.lectern.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with a fresh profile each time.
 * Nothing is ever downloaded: the driver and browser are given by path, so Selenium Manager has
 * nothing to do. Without them the tests fail in CI ({@code CI=true}) and skip visibly elsewhere.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;
  private final Path screenshots;

  private Browser(ChromeDriver driver, Path profile, String base, Path screenshots) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
    this.screenshots = screenshots;
  }

  /** A browser for pages under {@code base}; fails (CI) or skips (elsewhere) when Chromium is missing. */
  static Browser open(String base) throws IOException {
    return open(base, "en-GB");
  }

  /**
   * A browser whose user prefers {@code locale} (a BCP 47 tag such as {@code zh-CN}). Headless Chromium on
   * Linux ignores {@code --lang} for {@code navigator.languages}; the accept-languages preference and
   * {@code --accept-lang} are what set it, so all three are given.
   */
  static Browser open(String base, String locale) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + " (apt-get install chromium chromium-driver; .ci/run installs them)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message + "; skipping");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory("lectern-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=" + locale, "--accept-lang=" + acceptLanguages(locale));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages(locale)));
    // Console messages (CSP violations among them) are read back by the tests.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    Path screenshots = Path.of(System.getProperty("lectern.screenshots", "target/screenshots"));
    Files.createDirectories(screenshots);
    return new Browser(new ChromeDriver(service, options), profile, base, screenshots);
  }

  /** {@code zh-CN} → {@code zh-CN,zh}: the region-specific tag first, then its language. */
  private static String acceptLanguages(String locale) {
    int dash = locale.indexOf('-');
    return dash < 0 ? locale : locale + "," + locale.substring(0, dash);
  }

  ChromeDriver driver() {
    return driver;
  }

  String base() {
    return base;
  }

  /** Console messages since the last call (the driver hands each one out once). */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(e -> e.getLevel() + " " + e.getMessage()).toList();
  }

  /**
   * Loads a page of the app ({@code path} starts with '/') as on a first visit: no language chosen yet, so the
   * interface follows the browser's language (English unless opened with another locale).
   */
  void get(String path) {
    driver.get(base + "/health");
    driver.executeScript("localStorage.clear()");
    driver.get(base + path);
  }

  WebElement waitFor(String css) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void waitUntil(String description, java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(driver, WAIT).withMessage(() -> description + "; page was " + driver.getCurrentUrl())
        .until(d -> condition.get());
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Saves what the page looks like now as {@code <lectern.screenshots>/<name>.png}. */
  Path screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = screenshots.resolve(name + ".png");
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> walk = Files.walk(profile)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
