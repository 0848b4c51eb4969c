package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The interface speaks the browser's language on a first visit, and a choice made with the switch
 * outlives a reload. Browsers are started with a real locale (accept-languages), not a faked navigator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LanguageBrowserIT {
  private SampleArchiveServer server;

  @BeforeAll
  void start() throws Exception {
    server = new SampleArchiveServer(SampleArchiveServer.SAMPLE_ARCHIVE, Files.createTempDirectory("lectern-lang"));
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void aChineseBrowserGetsTheChineseInterfaceOnItsFirstVisit() throws Exception {
    try (Browser browser = Browser.open(server.base(), "zh-CN")) {
      browser.get("/?q=PrivateUse1");
      assertThat(browser.script("return navigator.language")).as("navigator.language").isEqualTo("zh-CN");
      browser.waitFor(".result");
      browser.screenshot("lang-first-visit-zh");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
      assertThat(browser.one(".site-nav a[data-nav=search]").getText()).isEqualTo("搜索");
      assertThat(browser.one(".site-nav a[data-nav=meetups]").getText()).isEqualTo("聚会");
      assertThat(browser.one(".search-label").getText()).isEqualTo("搜索演讲和幻灯片");
      assertThat(browser.one("#lang-switch").getText()).as("the switch offers the other language").isEqualTo("English");
      assertThat(browser.script("return localStorage.getItem('lectern.lang')"))
          .as("nothing stored until the visitor chooses").isNull();
    }
  }

  @Test
  void searchNoticesAreShownInTheInterfaceLanguage() throws Exception {
    try (Browser browser = Browser.open(server.base(), "zh-CN")) {
      browser.get("/?q=" + SampleArchiveServer.encode("PrivateUse1 year:abc"));
      browser.waitFor(".result");
      browser.waitFor("p.notice");
      browser.screenshot("search-notice-zh");
      assertThat(browser.one("p.notice").getText())
          .isEqualTo("“year:abc” 不是年份，也不是 2019..2022 这样的范围，已忽略。");
    }
    try (Browser browser = Browser.open(server.base(), "en-US")) {
      browser.get("/?q=" + SampleArchiveServer.encode("PrivateUse1 year:abc"));
      browser.waitFor("p.notice");
      assertThat(browser.one("p.notice").getText())
          .isEqualTo("“year:abc” is not a year or a range like 2019..2022 and was ignored.");
    }
  }

  @Test
  void anEnglishBrowserGetsTheEnglishInterface() throws Exception {
    try (Browser browser = Browser.open(server.base(), "en-US")) {
      browser.get("/meetups");
      assertThat(browser.script("return navigator.language")).as("navigator.language").isEqualTo("en-US");
      browser.waitFor(".meetup-item");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
      assertThat(browser.one(".site-nav a[data-nav=meetups]").getText()).isEqualTo("Meetups");
      assertThat(browser.one("h1").getText()).isEqualTo("Meetups");
      assertThat(browser.one("#lang-switch").getText()).isEqualTo("中文");
    }
  }

  @Test
  void theSwitchOverridesTheBrowserLanguageAndSurvivesAReload() throws Exception {
    try (Browser browser = Browser.open(server.base(), "zh-CN")) {
      browser.get("/speakers");
      browser.waitFor(".speaker-item");
      assertThat(browser.one("h1").getText()).isEqualTo("讲者");
      browser.one("#lang-switch").click();
      browser.waitUntil("<html lang=en>", () -> "en".equals(browser.script("return document.documentElement.lang")));
      assertThat(browser.one("h1").getText()).isEqualTo("Speakers");
      browser.driver().navigate().refresh();
      browser.waitFor(".speaker-item");
      assertThat(browser.script("return document.documentElement.lang")).as("lang after reload").isEqualTo("en");
      assertThat(browser.one("h1").getText()).isEqualTo("Speakers");
      assertThat(browser.one("#lang-switch").getText()).isEqualTo("中文");
    }
  }

  @Test
  void theLangParameterPicksTheLanguageAndPersistsLikeTheSwitch() throws Exception {
    try (Browser browser = Browser.open(server.base(), "en-GB")) {
      browser.get("/speakers?lang=zh");
      browser.waitFor(".speaker-item");
      browser.screenshot("lang-param-zh");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
      assertThat(browser.one("h1").getText()).isEqualTo("讲者");
      assertThat(browser.driver().getCurrentUrl()).as("the parameter is applied, then dropped from the address")
          .isEqualTo(server.base() + "/speakers");
      browser.driver().get(server.base() + "/meetups");
      browser.waitFor(".meetup-item");
      assertThat(browser.one("h1").getText()).as("kept on the next visit").isEqualTo("聚会");

      browser.driver().get(server.base() + "/meetups?lang=en");
      browser.waitFor(".meetup-item");
      assertThat(browser.one("h1").getText()).isEqualTo("Meetups");
      browser.driver().get(server.base() + "/meetups?lang=xx");
      browser.waitFor(".meetup-item");
      assertThat(browser.one("h1").getText()).as("an unknown language changes nothing").isEqualTo("Meetups");
      assertThat(browser.script("return localStorage.getItem('lectern.lang')")).isEqualTo("en");
    }
  }

  @Test
  void whenNoTalkHasEveryWordTheClosestMatchesAreSaidToBeSoInBothLanguages() throws Exception {
    String query = "/?q=PrivateUse1+" + "q".repeat(30);
    try (Browser browser = Browser.open(server.base(), "en-US")) {
      browser.get(query);
      browser.waitFor(".result");
      assertThat(browser.one("#partial-matches").getText()).isEqualTo("No talk has every word; closest matches.");
    }
    try (Browser browser = Browser.open(server.base(), "zh-CN")) {
      browser.get(query);
      browser.waitFor(".result");
      assertThat(browser.one("#partial-matches").getText()).isEqualTo("没有演讲包含所有词语；以下是最接近的结果。");
      browser.get("/?q=PrivateUse1");
      browser.waitFor(".result");
      assertThat(browser.all("#partial-matches")).as("every word matched: no such note").isEmpty();
    }
  }
}
