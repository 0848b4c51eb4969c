package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The slide viewer on a talk page in headless Chromium: a slide opens large with its text and notes,
 * arrow keys and swipes move, the URL follows, Escape closes and focus comes back. Screenshots:
 * target/screenshots/viewer-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class SlideViewerIT {
  private static final String TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";
  /** What the viewer shows now, read in one go. */
  private static final String VIEWER = """
      const d = document.querySelector('dialog.viewer');
      const img = d && d.querySelector('.viewer-img');
      const r = img ? img.getBoundingClientRect() : null;
      const a = document.activeElement;
      return { open: !!d && d.open, hash: location.hash, title: d ? d.querySelector('.viewer-title').textContent : '',
        side: d ? d.querySelector('.viewer-side').innerText : '', focusInside: !!d && d.contains(a),
        focus: a.className + ' ' + (a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 40),
        loaded: !!img && img.complete && img.naturalWidth > 0, natural: img ? img.naturalWidth : 0,
        width: r ? r.width : 0, height: r ? r.height : 0, src: img ? img.currentSrc : '' };
      """;

  private SampleSite site;
  private Browser browser;
  private JsonNode talk;

  @BeforeAll
  void start() throws Exception {
    site = SampleSite.open("lectern-viewer");
    browser = site.browser();
    talk = site.server().json(site.server().get("/api/talks/" + TALK));
  }

  @AfterAll
  void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> viewer() {
    return (Map<String, Object>) browser.script(VIEWER);
  }

  private void press(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private void waitForSlide(int n) {
    browser.waitUntil("the viewer on slide " + n + ": " + viewer(), () -> {
      Map<String, Object> v = viewer();
      return Boolean.TRUE.equals(v.get("open")) && ("#slide-" + n).equals(v.get("hash"))
          && v.get("title").toString().toLowerCase(java.util.Locale.ROOT).contains("slide " + n + " ·")
          && Boolean.TRUE.equals(v.get("loaded"));
    });
  }

  /** Waits until the viewer's image is decoded, so a screenshot shows it rather than the blank before paint. */
  private void awaitPainted() {
    Object painted = browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const img = document.querySelector('dialog.viewer .viewer-img');
        if (!img) { done(false); return; }
        img.decode().then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))), () => done(false));""");
    assertThat(painted).as("the viewer's image decoded").isEqualTo(true);
  }

  /** The first slide of the deck (file 1) that has speaker notes. */
  private int slideWithNotes() {
    for (JsonNode page : talk.get("pages")) {
      if (page.path("file").asInt(1) == 1 && !page.path("notes").asText().isBlank()) {
        return page.get("number").asInt();
      }
    }
    throw new AssertionError("the sample talk has no slide with notes: " + talk);
  }

  private JsonNode page(int n) {
    for (JsonNode page : talk.get("pages")) {
      if (page.path("file").asInt(1) == 1 && page.get("number").asInt() == n) {
        return page;
      }
    }
    throw new AssertionError("no slide " + n);
  }

  @Test
  void clickingASlideOpensItLargeWithItsTextAndNotes() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    int n = slideWithNotes();
    browser.get("/talks/" + TALK);
    WebElement opener = browser.waitFor("#slide-" + n + " .slide-open");
    double thumbWidth = ((Number) browser.script("return arguments[0].getBoundingClientRect().width", opener)).doubleValue();
    // The sample talk has two files (the deck and its notes), so slides are named with their file.
    assertThat(opener.getAttribute("aria-label")).isEqualTo("Open large: File 1, slide " + n);
    browser.script("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", opener);
    opener.click();
    waitForSlide(n);
    awaitPainted();
    browser.screenshot("viewer-open");
    Map<String, Object> v = viewer();
    assertThat(v.get("src").toString()).as("the large image on a 1280 px screen: %s", v).contains("size=large");
    assertThat(((Number) v.get("width")).doubleValue()).as("shown larger than the thumbnail (%s px)", thumbWidth)
        .isGreaterThan(2 * thumbWidth);
    assertThat(((Number) v.get("height")).doubleValue()).as("fits the 900 px window").isLessThan(900);
    assertThat(v.get("side").toString()).as("text and notes beside the image")
        .contains(page(n).get("text").asText().strip().lines().findFirst().orElseThrow())
        .containsIgnoringCase("Speaker notes")
        .contains(page(n).get("notes").asText().strip().lines().findFirst().orElseThrow());
    assertThat(v.get("focusInside")).as("focus moved into the dialog").isEqualTo(true);
    assertThat(browser.one("dialog.viewer").getAttribute("aria-labelledby")).isEqualTo("viewer-title");
    assertThat(browser.all("dialog.viewer button").stream().map(b -> b.getAttribute("aria-label")).toList())
        .containsExactly("Previous slide", "Next slide", "Close the slide viewer");

    press(Keys.ESCAPE);
    browser.waitUntil("the viewer closed", () -> Boolean.FALSE.equals(viewer().get("open")));
    assertThat(viewer().get("hash")).as("the URL no longer names a slide").isEqualTo("");
    assertThat(browser.script("return document.activeElement === document.querySelector('#slide-" + n + " .slide-open')"))
        .as("focus back on the slide that opened it").isEqualTo(true);
  }

  @Test
  void arrowKeysMoveTheUrlFollowsAndTabStaysInside() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    browser.get("/talks/" + TALK);
    browser.waitFor("#slide-1 .slide-open").click();
    waitForSlide(1);
    assertThat(browser.one(".viewer-prev").isEnabled()).as("no slide before the first").isFalse();
    press(Keys.ARROW_RIGHT);
    waitForSlide(2);
    press(Keys.ARROW_RIGHT);
    waitForSlide(3);
    press(Keys.ARROW_LEFT);
    waitForSlide(2);
    int last = browser.all(".slide").size();
    press(Keys.END);
    browser.waitUntil("the last slide", () -> ("#" + browser.all(".slide").get(last - 1).getAttribute("id")).equals(viewer().get("hash")));
    assertThat(browser.one(".viewer-next").isEnabled()).as("no slide after the last").isFalse();
    press(Keys.HOME);
    waitForSlide(1);
    browser.one(".viewer-next").click();
    waitForSlide(2);
    awaitPainted();
    browser.screenshot("viewer-slide-2");
    for (int i = 0; i < 8; i++) {
      press(Keys.TAB);
      assertThat(viewer().get("focusInside")).as("Tab %d stays in the dialog; focus on %s", i + 1, viewer().get("focus")).isEqualTo(true);
    }
    new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertThat(viewer().get("focusInside")).as("Shift+Tab stays in the dialog").isEqualTo(true);
    browser.one(".viewer-close").click();
    browser.waitUntil("the viewer closed", () -> Boolean.FALSE.equals(viewer().get("open")));
    assertThat(browser.script("return document.activeElement.id")).as("closed on another slide: focus on that slide")
        .isEqualTo("slide-2");
  }

  @Test
  void openingASlidesUrlOpensTheViewerThere() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    browser.get("/talks/" + TALK + "#slide-4");
    waitForSlide(4);
    assertThat(viewer().get("side").toString()).containsIgnoringCase("PrivateUse1");
    browser.driver().navigate().refresh();
    waitForSlide(4);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSwipeMovesOnAPhone() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get("/talks/" + TALK + "#slide-2");
      waitForSlide(2);
      awaitPainted();
      browser.screenshot("viewer-phone");
      Map<String, Object> v = viewer();
      assertThat(((Number) v.get("width")).doubleValue()).as("the image spans the phone: %s", v).isGreaterThan(300);
      swipe(-200);
      waitForSlide(3);
      swipe(200);
      waitForSlide(2);
      List<Number> widths = (List<Number>) browser.script("return [document.documentElement.scrollWidth, innerWidth]");
      assertThat(widths.get(0).intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(widths.get(1).intValue());
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /** A one-finger horizontal swipe of {@code dx} CSS pixels across the middle of the slide image. */
  private void swipe(int dx) {
    WebElement stage = browser.one(".viewer-stage");
    @SuppressWarnings("unchecked")
    Map<String, Number> box = (Map<String, Number>) browser.script(
        "const r = arguments[0].getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }", stage);
    int x = box.get("x").intValue() - dx / 2;
    int y = box.get("y").intValue();
    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence swipe = new Sequence(finger, 0)
        .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), x, y))
        .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
        .addAction(finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.viewport(), x + dx, y))
        .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    browser.driver().perform(List.of(swipe));
  }
}
