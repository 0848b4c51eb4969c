package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Search, open a result and read a slide with the keyboard alone: Tab, Shift+Tab, Enter and arrows, no
 * clicks. Every element the keyboard lands on must show where focus is (an outline or a ring).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class KeyboardOnlyIT {
  private static final int MAX_TABS = 25;
  /** What the browser shows for the focused element: enough to tell a visible focus from none. */
  private static final String FOCUS = """
      const el = document.activeElement;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { tag: el.tagName, id: el.id, cls: String(el.className), text: (el.textContent || '').trim().slice(0, 60),
        focusVisible: el.matches(':focus-visible'), outline: cs.outlineStyle + ' ' + cs.outlineWidth,
        ring: cs.boxShadow, onScreen: r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0 };
      """;

  private SampleSite site;
  private SampleArchiveServer server;
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    site = SampleSite.open("lectern-keys");
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
  void searchOpenAResultAndReachTheSlideTextWithoutAMouse() throws Exception {
    browser.get("/");
    browser.waitFor("#q");
    press(Keys.TAB);
    assertThat(focus().get("cls")).as("the first Tab lands on the skip link").isEqualTo("skip-link");
    assertVisibleFocus();

    tabUntil("the search box", () -> "q".equals(focus().get("id")));
    press(Keys.TAB);
    assertThat(focus().get("tag")).as("Tab from the box: the search button").isEqualTo("BUTTON");
    assertVisibleFocus();
    new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertThat(focus().get("id")).as("Shift+Tab back to the box; focus is on %s", focus()).isEqualTo("q");

    countRequestsInFlight();
    new Actions(browser.driver()).sendKeys("PrivateUse1").sendKeys(Keys.ENTER).perform();
    browser.waitUntil("results for PrivateUse1", () -> browser.all(".result .slide-link").size() > 1);
    // A suggestion request started while typing may still open the list, and a search started while
    // typing may still redraw the results: wait until neither is in flight.
    browser.waitUntil("no suggestion or search request in flight",
        () -> ((Number) browser.script("return window.lecternRequests")).intValue() == 0);
    if ("true".equals(browser.one("#q").getAttribute("aria-expanded"))) {
      press(Keys.ESCAPE); // only closes the list: Escape on a closed list would clear the box
    }
    press(Keys.ARROW_DOWN);
    assertThat(focus().get("text")).as("↓ from the box: the first result's title")
        .isEqualTo(browser.one(".result .result-title a").getText());
    assertVisibleFocus();

    tabUntil("a matching slide of the first result", () -> focus().get("cls").toString().contains("slide-link"));
    String slide = browser.one(".result .slide-link").getAttribute("href");
    browser.screenshot("keyboard-slide-link");
    press(Keys.ENTER);
    browser.waitUntil("the talk page at " + slide, () -> browser.driver().getCurrentUrl().equals(slide));
    String anchor = slide.substring(slide.indexOf('#') + 1);
    // The slide's URL opens it in the viewer, focus inside; Escape closes it onto the slide.
    browser.waitUntil("the viewer open on " + anchor, () -> Boolean.TRUE.equals(browser.script(
        "const d = document.querySelector('dialog.viewer'); return !!d && d.open && d.contains(document.activeElement)")));
    browser.screenshot("keyboard-slide-viewer");
    press(Keys.ESCAPE);
    browser.waitUntil("focus on the slide " + anchor, () -> anchor.equals(focus().get("id")));
    browser.screenshot("keyboard-slide");
    assertVisibleFocus();
    assertThat(browser.one(".slide#" + anchor + " .slide-text").getText()).as("the focused slide's text")
        .containsIgnoringCase("PrivateUse1");

    press(Keys.TAB);
    assertThat(browser.script("return document.activeElement.closest('.slide')?.id")).as("Tab continues inside the slide; focus on %s", focus())
        .isEqualTo(anchor);
    assertVisibleFocus();
  }

  private void press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> focus() {
    return (Map<String, Object>) browser.script(FOCUS);
  }

  /** Tabs forward until {@code reached}, checking that each stop shows its focus. */
  private void tabUntil(String what, java.util.function.BooleanSupplier reached) {
    for (int i = 0; i < MAX_TABS && !reached.getAsBoolean(); i++) {
      press(Keys.TAB);
      assertVisibleFocus();
    }
    assertThat(reached.getAsBoolean()).as("%s within %d Tabs; focus is on %s", what, MAX_TABS, focus()).isTrue();
  }

  private void assertVisibleFocus() {
    Map<String, Object> f = focus();
    boolean outline = !f.get("outline").toString().startsWith("none") && !f.get("outline").toString().endsWith(" 0px");
    boolean ring = !"none".equals(f.get("ring"));
    assertThat(Boolean.TRUE.equals(f.get("focusVisible")) && (outline || ring) && Boolean.TRUE.equals(f.get("onScreen")))
        .as("visible focus indicator on screen: %s", f).isTrue();
  }
  /**
   * Counts the page's suggestion and search requests still in flight in window.lecternRequests: a
   * request counts until its answer has been read and the page has had a turn to show it.
   */
  private void countRequestsInFlight() {
    browser.script("""
        if (window.lecternRequests !== undefined) return;
        window.lecternRequests = 0;
        const original = window.fetch;
        const done = () => setTimeout(() => { window.lecternRequests--; }, 0);
        window.fetch = async (...args) => {
          const url = String(args[0]);
          if (!url.includes('/api/suggest') && !url.includes('/api/search')) return original(...args);
          window.lecternRequests++;
          let response;
          try {
            response = await original(...args);
          } catch (e) {
            done();
            throw e;
          }
          const read = response.json.bind(response);
          response.json = () => read().finally(done);
          return response;
        };
        """);
  }

}
