package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;

/**
 * axe-core over every page of the UI, rendered with real data, in light and dark colour schemes and in
 * both interface languages. Serious and critical findings (contrast, names of controls and links, ARIA
 * misuse, ...) fail the test; all findings are printed so the lesser ones stay visible.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class AccessibilityIT {
  private static final String TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";

  private SampleArchiveServer server;
  private Axe axe;

  @BeforeAll
  void start() throws Exception {
    server = new SampleArchiveServer(SampleArchiveServer.SAMPLE_ARCHIVE,
        Files.createTempDirectory("lectern-a11y"), true);
    axe = new Axe();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest(name = "{0} scheme, {1}, {2} px wide")
  @CsvSource({"light, en-GB, 1280", "dark, en-GB, 1280", "light, zh-CN, 1280", "light, en-GB, 360", "dark, zh-CN, 360"})
  void everyPageHasNoSeriousOrCriticalAxeViolations(String scheme, String locale, int width) throws Exception {
    List<Axe.Violation> found = new ArrayList<>();
    try (Browser browser = Browser.open(server.base(), locale)) {
      browser.driver().manage().window().setSize(new Dimension(width, width < 600 ? 740 : 900));
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      found.addAll(visit(browser, "/?q=PrivateUse1", ".result .slide-link"));
      found.addAll(visit(browser, "/?q=zzzqqqxxx", ".zero"));
      found.addAll(visit(browser, "/talks/" + TALK + "#slide-4", ".slide.highlight"));
      found.addAll(visit(browser, "/meetups", ".meetup-item"));
      String meetup = browser.one(".meetup-item .meetup-title").getAttribute("href");
      found.addAll(visit(browser, meetup.substring(server.base().length()), ".agenda-item"));
      found.addAll(visit(browser, "/speakers", ".speaker-item"));
      found.addAll(visit(browser, "/speakers/jiawei-li", ".talk-list .talk-title"));
      found.addAll(visit(browser, "/upload", "#login-form #token"));
    }
    found.forEach(v -> System.out.println("axe " + scheme + " " + locale + " " + width + "px " + v));
    assertThat(found.stream().filter(Axe.Violation::blocking).toList())
        .as("serious/critical axe violations (%s scheme, %s, %d px)", scheme, locale, width).isEmpty();
  }

  private List<Axe.Violation> visit(Browser browser, String path, String readyWhen) throws Exception {
    browser.get(path);
    browser.waitFor(readyWhen);
    browser.waitUntil("no loading indicators on " + path, () -> browser.all(".loading, [aria-busy=true]").isEmpty());
    return axe.check(browser, path);
  }
}
