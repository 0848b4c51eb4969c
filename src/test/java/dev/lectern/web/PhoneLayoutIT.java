package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Dimension;

/**
 * The UI on a 360×740 phone screen: nothing scrolls sideways, the filters fold away above the results,
 * and controls are big enough to tap (WCAG 2.2: 24 px). Screenshots land in target/screenshots/phone-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PhoneLayoutIT {
  private static final String TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";
  private static final int MIN_TARGET = 24;
  /** Controls that are not words inside running text, with their size; inline links are exempt in WCAG 2.5.8. */
  private static final String SMALL_TARGETS = """
      const min = arguments[0];
      return [...document.querySelectorAll('button, select, input:not([type=hidden]), summary, .site-nav a, .pager a, .chip, .tag, .deck-link, .slide-anchor, .result-title a')]
        .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => {
          // A checkbox's target includes its label (clicking either toggles it).
          const lbl = el.type === 'checkbox' && el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
          const r = el.getBoundingClientRect();
          const l = lbl ? lbl.getBoundingClientRect() : r;
          const h = Math.max(r.bottom, l.bottom) - Math.min(r.top, l.top);
          const w = Math.max(r.right, l.right) - Math.min(r.left, l.left);
          return { what: el.tagName + (el.id ? '#' + el.id : '') + '.' + el.className + ' ' + (el.textContent || '').trim().slice(0, 30), w: Math.round(w), h: Math.round(h) };
        })
        .filter((t) => t.w < min || t.h < min);
      """;

  private SampleSite site;
  private SampleArchiveServer server;
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    site = SampleSite.open("lectern-phone");
    server = site.server();
    browser = site.browser();
    browser.driver().manage().window().setSize(new Dimension(360, 740));
  }

  @AfterAll
  void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void searchResultsFitThePhoneWithTheFiltersFoldedAboveThem() throws Exception {
    browser.get("/?q=PrivateUse1");
    browser.waitFor(".result .slide-link");
    assertThat(browser.script("return innerWidth")).as("viewport width").isEqualTo(360L);
    browser.screenshot("phone-search");
    assertFitsAndTappable("search");
    assertThat(browser.one(".facets-panel").getAttribute("open")).as("filters folded on a phone").isNull();
    Number facetsBottom = (Number) browser.script("return document.querySelector('.facets-col').getBoundingClientRect().bottom");
    Number resultsTop = (Number) browser.script("return document.querySelector('.results-col').getBoundingClientRect().top");
    assertThat(facetsBottom.doubleValue()).as("filters stacked above the results").isLessThanOrEqualTo(resultsTop.doubleValue());
    browser.one(".facets-panel summary").click();
    browser.waitFor(".facet input");
    browser.screenshot("phone-search-filters");
    assertFitsAndTappable("search, filters open");
  }

  @Test
  void theFirstResultIsAboveTheFoldOnA390By844Phone() throws Exception {
    // The exact viewport of a common phone (the window size would include the browser's own bars).
    browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    try {
      browser.get("/?q=PrivateUse1");
      browser.waitFor(".result .slide-link");
      browser.waitFor("#timeline .sparkline");
      browser.screenshot("phone-390x844-search");
      assertThat(browser.script("return [innerWidth, innerHeight]")).isEqualTo(List.of(390L, 844L));
      @SuppressWarnings("unchecked")
      Map<String, Number> first = (Map<String, Number>) browser.script("""
          const title = document.querySelector('.result .result-title').getBoundingClientRect();
          const slide = document.querySelector('.result .slide-link').getBoundingClientRect();
          return { top: title.top, titleBottom: title.bottom, slideBottom: slide.bottom };""");
      assertThat(first.get("titleBottom").doubleValue()).as("the first result's title, px from the top: %s", first)
          .isLessThanOrEqualTo(844);
      assertThat(first.get("slideBottom").doubleValue()).as("its first matching slide: %s", first)
          .isLessThanOrEqualTo(844);
      System.out.println("phone 390x844: first result title top " + first.get("top") + " px, first slide bottom "
          + first.get("slideBottom") + " px");
      assertThat(browser.one("#q-hint").isDisplayed()).as("the keyboard hint on a phone").isFalse();
      assertFitsAndTappable("search at 390×844");
    } finally {
      browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void aTalkFitsThePhone() throws Exception {
    browser.get("/talks/" + TALK + "#slide-4");
    browser.waitFor(".slide.highlight");
    browser.waitUntil("slide 4's image loaded", () -> Boolean.TRUE.equals(browser.script(
        "const i = document.querySelector('#slide-4 .slide-thumb img'); return !!i && i.complete && i.naturalWidth > 0")));
    browser.screenshot("phone-talk");
    assertFitsAndTappable("talk");
    browser.script("document.querySelector('details.cite').open = true; document.querySelector('details.cite').scrollIntoView({ behavior: 'instant' })");
    browser.screenshot("phone-talk-cite");
    assertFitsAndTappable("talk, citation open");
  }

  @Test
  void theUploadLoginAndTheListsFitThePhone() throws Exception {
    browser.get("/upload");
    browser.waitFor("#login-form #token");
    browser.screenshot("phone-upload");
    assertFitsAndTappable("upload");
    browser.get("/meetups");
    browser.waitFor(".meetup-item");
    browser.screenshot("phone-meetups");
    assertFitsAndTappable("meetups");
    browser.get("/speakers/jiawei-li");
    browser.waitFor(".talk-list .talk-title");
    browser.screenshot("phone-speaker");
    assertFitsAndTappable("speaker");
  }

  @SuppressWarnings("unchecked")
  private void assertFitsAndTappable(String page) {
    Object widths = browser.script("return [document.documentElement.scrollWidth, innerWidth]");
    List<Number> w = (List<Number>) widths;
    String wide = (String) browser.script("""
        return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
          .slice(0, 8).map((e) => e.tagName + '.' + e.className).join(', ')""");
    assertThat(w.get(0).intValue()).as("%s: page width %s vs viewport %s; wider: %s", page, w.get(0), w.get(1), wide)
        .isLessThanOrEqualTo(w.get(1).intValue());
    List<Map<String, Object>> small = (List<Map<String, Object>>) browser.script(SMALL_TARGETS, MIN_TARGET);
    assertThat(small).as("%s: controls smaller than %d px", page, MIN_TARGET).isEmpty();
  }
}
