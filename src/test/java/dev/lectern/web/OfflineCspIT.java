package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Every page works from the Lectern server alone (no fonts, scripts or images from elsewhere: it must run
 * on a network without the internet) and never trips its own Content-Security-Policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OfflineCspIT {
  private static final String TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";
  private static final String RESOURCES = "return performance.getEntriesByType('resource').map((e) => e.name)"
      + ".concat(performance.getEntriesByType('navigation').map((e) => e.name))";

  private SampleSite site;
  private SampleArchiveServer server;
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    site = SampleSite.open("lectern-csp");
    server = site.server();
    browser = site.browser();
  }

  @AfterAll
  void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void everyPageLoadsOnlyFromTheServerAndBreaksNoCspRule() throws Exception {
    List<String> requests = new ArrayList<>();
    List<String> console = new ArrayList<>();
    String[][] pages = {
        {"/?q=PrivateUse1", ".result .result-thumb img"}, {"/talks/" + TALK, ".slide"}, {"/meetups", ".meetup-item"},
        {"/meetups/2024-08-15-pytorch-shanghai", ".agenda-item"}, {"/speakers", ".speaker-item"},
        {"/speakers/jiawei-li", ".talk-list .talk-title"}, {"/upload", "#login-form"}};
    browser.consoleMessages(); // drop whatever came before
    for (String[] page : pages) {
      browser.get(page[0]);
      browser.waitFor(page[1]);
      browser.waitUntil("no loading indicators on " + page[0], () -> browser.all(".loading").isEmpty());
      browser.waitUntil("images in view on " + page[0] + " loaded", () -> Boolean.TRUE.equals(browser.script(
          "return [...document.images].filter((i) => i.getBoundingClientRect().top < innerHeight).every((i) => i.complete)")));
      requests.addAll(stringList(browser.script(RESOURCES)));
      browser.consoleMessages().forEach(m -> console.add(page[0] + ": " + m));
    }
    System.out.println("requests: " + requests.size() + "\n  " + String.join("\n  ", requests));
    System.out.println("console:\n  " + String.join("\n  ", console));
    assertThat(requests).as("requests made").anyMatch(r -> r.contains("/js/app.js"))
        .anyMatch(r -> r.contains("/css/app.css")).anyMatch(r -> r.contains(".png"));
    assertThat(requests).as("requests to anywhere but %s", server.base())
        .allMatch(r -> r.startsWith(server.base() + "/"));
    assertThat(console).as("CSP violations in the console").noneMatch(OfflineCspIT::isCspViolation);
    // Failed loads are left out: /api/session answers 404 by design before login, and the very first
    // load (a JSON page without an icon link) makes Chromium try /favicon.ico. Script errors count.
    assertThat(console).as("script errors in the console")
        .noneMatch(m -> m.contains(": SEVERE ") && !m.contains("Failed to load resource"));
  }

  /** The console check above can fail: an inline script, which the policy forbids, shows up in it. */
  @Test
  void anInlineScriptIsBlockedAndReported() throws Exception {
    browser.get("/meetups");
    browser.waitFor(".meetup-item");
    browser.consoleMessages();
    browser.script("const s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
        + " document.body.append(s);");
    browser.waitUntil("a CSP report in the console", () -> !browser.consoleMessages().stream()
        .filter(OfflineCspIT::isCspViolation).toList().isEmpty());
    assertThat(browser.script("return window.inlineRan === true")).as("the inline script ran").isEqualTo(false);
  }

  private static boolean isCspViolation(String message) {
    return message.contains("Content Security Policy") || message.contains("Refused to");
  }

  @SuppressWarnings("unchecked")
  private static List<String> stringList(Object value) {
    return (List<String>) value;
  }
}
