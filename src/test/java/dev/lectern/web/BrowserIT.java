package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The web UI in a real headless Chromium against a real server over the sample archive (real Tika,
 * real Lucene, page images drawn at ingest). Every test leaves a screenshot in
 * {@code target/screenshots/}, so a person can look at what the browser saw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BrowserIT {
  private static final String PRIVATEUSE1_TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";

  private SampleSite site;
  private SampleArchiveServer server;
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    site = SampleSite.open("lectern-browser");
    server = site.server();
    browser = site.browser();
  }

  @AfterAll
  void stop() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  private List<String> texts(String css) {
    return browser.all(css).stream().map(WebElement::getText).toList();
  }

  @Test
  void typingAQueryShowsResultsGroupedByTalkWithHighlightedSnippets() throws Exception {
    browser.get("/");
    browser.waitFor("#q").sendKeys("PrivateUse1");
    browser.waitUntil("results for PrivateUse1", () -> browser.driver().getCurrentUrl().contains("q=PrivateUse1")
        && !browser.all(".result .snippet mark").isEmpty());
    browser.screenshot("search-results");
    List<String> titles = texts(".result .result-title");
    assertThat(titles).as("result titles").isNotEmpty();
    assertThat(titles.get(0)).contains("PrivateUse1 evolution");
    WebElement first = browser.all(".result").get(0);
    assertThat(first.findElements(org.openqa.selenium.By.cssSelector(".result-slides li")))
        .as("matching slides grouped under the first talk").hasSizeGreaterThan(1);
    assertThat(texts(".result .snippet mark")).as("highlighted words").allMatch(m -> m.equalsIgnoreCase("PrivateUse1"));
    assertThat(browser.all(".error-box")).as("error boxes (suggest/trend may be missing)").isEmpty();
  }

  @Test
  void resultsShowTheThumbnailOfTheBestSlide() throws Exception {
    browser.get("/?q=PrivateUse1");
    browser.waitFor(".result");
    browser.waitUntil("first result's thumbnail loaded", () -> Boolean.TRUE.equals(browser.script(
        "const i = document.querySelector('.result .result-thumb img'); return !!i && i.complete && i.naturalWidth > 0")));
    String src = browser.one(".result .result-thumb img").getAttribute("src");
    assertThat(src).contains("/api/talks/" + PRIVATEUSE1_TALK + "/pages/4.png?file=1");
  }

  @Test
  void clickingAFacetNarrowsTheResultsAndShowsAChip() throws Exception {
    browser.get("/");
    browser.waitFor(".result");
    int before = browser.all(".result").size();
    WebElement pptx = browser.one(".facet[data-facet=format] input[value=pptx]");
    String expected = pptx.findElement(org.openqa.selenium.By.xpath("following-sibling::label//span[@class='count']"))
        .getText().replaceAll("\\D", "");
    WebElement label = browser.one("label[for='" + pptx.getAttribute("id") + "']");
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", label);
    label.click();
    browser.waitUntil("format=pptx in the URL and " + expected + " results", () ->
        browser.driver().getCurrentUrl().contains("format=pptx")
            && browser.all(".result").size() == Integer.parseInt(expected));
    browser.screenshot("search-facet-pptx");
    assertThat(browser.all(".result").size()).as("results before the facet: %d", before).isLessThan(before);
    assertThat(texts(".chip")).as("active filter chips").anyMatch(c -> c.contains("PPTX"));
    assertThat(browser.one(".facet[data-facet=format] input[value=pptx]").isSelected()).isTrue();
  }

  @Test
  void slideDeepLinkScrollsToTheSlideAndHighlightsIt() throws Exception {
    browser.get("/talks/" + PRIVATEUSE1_TALK + "#slide-4");
    WebElement slide = browser.waitFor(".slide#slide-4.highlight");
    browser.waitUntil("slide 4's image loaded", () -> Boolean.TRUE.equals(browser.script(
        "const i = document.querySelector('#slide-4 .slide-thumb img'); return !!i && i.complete && i.naturalWidth > 0")));
    browser.screenshot("talk-deep-link-slide-4");
    // A slide's URL opens it in the viewer (SlideViewerIT); closed, the page stands at that slide.
    browser.waitUntil("the viewer open on slide 4", () -> Boolean.TRUE.equals(browser.script(
        "return document.querySelector('dialog.viewer')?.open && location.hash === '#slide-4'")));
    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    browser.waitUntil("the viewer closed", () -> Boolean.FALSE.equals(browser.script("return document.querySelector('dialog.viewer').open")));
    Object top = browser.script("return arguments[0].getBoundingClientRect().top", slide);
    Object height = browser.script("return window.innerHeight");
    assertThat(((Number) top).doubleValue()).as("slide 4's top in a %s px viewport", height)
        .isBetween(0.0, ((Number) height).doubleValue() / 2);
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("slide-4");
    assertThat(browser.all(".slide.highlight")).hasSize(1);
    assertThat(slide.getText()).contains("PrivateUse1");
  }

  @Test
  void talkPageShowsEverySlideAndDownloadsTheOriginalFiles() throws Exception {
    browser.get("/talks/" + PRIVATEUSE1_TALK);
    browser.waitFor(".slide");
    browser.screenshot("talk");
    int pages = server.json(server.get("/api/talks/" + PRIVATEUSE1_TALK)).get("pages").size();
    assertThat(browser.all(".slide")).as("slide sections").hasSize(pages);
    assertThat(browser.one("h1").getText()).contains("PrivateUse1 evolution");
    browser.waitUntil("slide 1's image loaded", () -> Boolean.TRUE.equals(browser.script(
        "const i = document.querySelector('#slide-1 .slide-thumb img'); return !!i && i.complete && i.naturalWidth > 0")));
    // The notes file has no images: its page shows its text instead of a broken image.
    browser.waitFor("#f2-slide-1 .slide-card");
    List<WebElement> downloads = browser.all(".file-list a[download]");
    assertThat(downloads).as("download links").hasSize(2);
    String href = downloads.get(0).getAttribute("href");
    assertThat(href).endsWith("/api/talks/" + PRIVATEUSE1_TALK + "/files/1");
    HttpResponse<byte[]> file = server.getBytes(href.substring(server.base().length()));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(new String(file.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("a .pptx is a zip").isEqualTo("PK");
  }

  @Test
  void speakerPageListsTheirTalksAndLinksToThem() throws Exception {
    browser.get("/speakers/jiawei-li");
    assertThat(browser.waitFor("h1").getText()).isEqualTo("Jiawei Li");
    browser.waitFor(".talk-list .talk-title");
    browser.screenshot("speaker");
    assertThat(texts(".talk-sub")).anyMatch(s -> s.contains("Huawei"));
    browser.one(".talk-list .talk-title").click();
    browser.waitUntil("the talk page", () -> browser.driver().getCurrentUrl().endsWith("/talks/" + PRIVATEUSE1_TALK));
    assertThat(browser.waitFor("article.talk h1").getText()).contains("PrivateUse1 evolution");
  }

  @Test
  void meetupAndSpeakerListsLinkToTheirPages() throws Exception {
    browser.get("/meetups");
    browser.waitFor(".meetup-item .meetup-title");
    browser.screenshot("meetups");
    assertThat(texts(".meetup-item .badge")).containsExactly("5 talks");
    browser.one(".meetup-item .meetup-title").click();
    browser.waitFor(".agenda-item");
    browser.screenshot("meetup");
    assertThat(browser.all(".agenda-item")).hasSize(5);
    browser.get("/speakers");
    browser.waitFor(".speaker-item");
    browser.screenshot("speakers");
    assertThat(texts(".speaker-item .speaker-name")).contains("Jiawei Li", "Fred Li");
  }

  @Test
  void languageSwitchTurnsTheInterfaceIntoChinese() throws Exception {
    browser.get("/?q=PrivateUse1");
    browser.waitFor(".result");
    browser.one("#lang-switch").click();
    browser.waitUntil("<html lang=zh-CN>", () -> "zh-CN".equals(browser.script("return document.documentElement.lang")));
    browser.waitFor(".result");
    browser.screenshot("search-results-zh");
    assertThat(browser.one(".site-nav a[data-nav=search]").getText()).isEqualTo("搜索");
    assertThat(browser.one(".search-label").getText()).isEqualTo("搜索演讲和幻灯片");
    assertThat(browser.one("#lang-switch").getText()).isEqualTo("English");
    browser.one("#lang-switch").click();
    browser.waitUntil("<html lang=en>", () -> "en".equals(browser.script("return document.documentElement.lang")));
    assertThat(browser.one(".site-nav a[data-nav=search]").getText()).isEqualTo("Search");
  }

  @Test
  void keyboardSlashFocusesTheBoxAndArrowsMoveThroughResults() throws Exception {
    browser.get("/meetups");
    browser.waitFor(".meetup-item");
    new Actions(browser.driver()).sendKeys("/").perform();
    browser.waitUntil("the search box focused", () -> "q".equals(browser.script("return document.activeElement.id")));
    browser.one("#q").sendKeys("PrivateUse1");
    browser.waitUntil("two results", () -> browser.all(".result").size() == 2);
    List<String> links = texts(".result .result-title a");
    browser.one("#q").sendKeys(Keys.ESCAPE); // close the suggestions, so ↓ goes to the results
    browser.one("#q").sendKeys(Keys.ARROW_DOWN);
    assertThat(focusedText()).as("focus after ↓ from the box").isEqualTo(links.get(0));
    new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
    assertThat(focusedText()).as("focus after ↓↓").isEqualTo(links.get(1));
    browser.screenshot("search-keyboard");
    new Actions(browser.driver()).sendKeys(Keys.ARROW_UP).perform();
    assertThat(focusedText()).as("focus after ↓↓↑").isEqualTo(links.get(0));
    new Actions(browser.driver()).sendKeys(Keys.ARROW_UP).perform();
    assertThat(browser.script("return document.activeElement.id")).as("focus after ↓↓↑↑").isEqualTo("q");
  }

  @Test
  void suggestionsCompleteSpeakersAsYouType() throws Exception {
    browser.get("/");
    browser.waitFor("#q").sendKeys("jiaw");
    browser.waitUntil("a suggestion for Jiawei Li", () -> browser.all("#suggestions [role=option]").stream()
        .anyMatch(o -> o.getText().contains("Jiawei Li")));
    browser.screenshot("search-suggestions");
    browser.one("#q").sendKeys(Keys.ARROW_DOWN);
    assertThat(browser.one("#q").getAttribute("aria-activedescendant")).startsWith("suggestion-");
  }

  @Test
  void uploadPageAsksForTheOrganizerTokenFirst() throws Exception {
    browser.get("/upload");
    browser.waitFor("#login-form #token");
    browser.screenshot("upload-login");
    assertThat(browser.all(".error-box")).isEmpty();
  }

  private String focusedText() {
    return (String) browser.script("return document.activeElement.textContent");
  }
}
