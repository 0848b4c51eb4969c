package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.sample.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An organizer logs in with a token and uploads a deck in the browser: a form sent empty or with a
 * file Lectern does not read says what is wrong next to each field and focuses the first; the page
 * offers exactly the formats the API lists; after the upload the form is empty for the next talk,
 * a link leads to the new one, and the report turns from indexing to each file's outcome.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class UploadBrowserIT {
  private static final String MARKER = "Quasarflux";

  @Test
  void organizerUploadsADeckAfterFixingWhatTheFormPointsOut(@TempDir Path temp) throws Exception {
    Path deck = twoPageDeck(temp.resolve("quasarflux-scheduling.pdf"));
    Path output = Files.writeString(temp.resolve("run.out"), "program output, not a talk");
    try (WritableArchiveServer server = new WritableArchiveServer(temp.resolve("server"), temp.resolve("cache"), 50);
        Browser browser = Browser.open(server.base())) {
      browser.get("/upload");
      browser.waitFor("#login-form #token").sendKeys(server.token);
      browser.one("#login-form button[type=submit]").click();
      WebElement files = browser.waitFor("#upload-files");
      JsonNode rules = server.parse(server.get("/api/formats"));
      List<String> listed = new ArrayList<>();
      rules.path("extensions").forEach(e -> listed.add(e.asText()));
      assertThat(listed).contains(".pdf", ".pptx", ".key", ".odp", ".md", ".txt").doesNotContain(".out");
      assertThat(files.getAttribute("accept")).as("the page offers the API's list").isEqualTo(String.join(",", listed));
      assertThat(browser.one("#upload-files-hint").getText()).contains(".pdf").contains(".odp").contains("50");

      browser.script("document.getElementById('upload-form').requestSubmit();");
      browser.waitFor("#upload-files-error");
      assertThat(browser.one("#upload-files-error").getText()).isEqualTo("Add at least one file.");
      assertThat(browser.one("#up-title-error").getText()).isEqualTo("Enter the talk title.");
      assertThat(browser.one("#up-meetup-error").getText()).contains("Choose the meetup");
      assertThat(browser.one("#up-title").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.one("#up-title").getAttribute("aria-describedby")).contains("up-title-error");
      assertThat(focusedId(browser)).as("focus on the first field in error").isEqualTo("upload-files");
      assertThat(browser.all("#upload-error p")).as("no summary far from the fields").isEmpty();
      browser.screenshot("upload-errors");
      assertThat(new Axe().check(browser, "/upload (errors shown)").stream().filter(Axe.Violation::blocking).toList())
          .as("serious/critical axe violations of the form with its errors").isEmpty();

      browser.script("arguments[0].hidden = false; arguments[0].style.display = 'block';", files);
      files.sendKeys(output.toString());
      browser.waitUntil("the refusal of run.out", () -> browser.one("#upload-files-error").getText().contains("run.out"));
      assertThat(browser.one("#upload-files-error").getText()).contains(".pdf");
      assertThat(browser.all(".upload-chooser .upload-file")).isEmpty();

      files.sendKeys(deck.toString());
      browser.waitFor(".upload-chooser .upload-file");
      assertThat(browser.one("#upload-files-error").isDisplayed()).isFalse();
      browser.one("#up-title").sendKeys(MARKER + " scheduling in practice");
      browser.waitUntil("meetups loaded", () -> new Select(browser.one("#up-meetup")).getOptions().stream()
          .anyMatch(o -> o.getAttribute("value").contains("pytorch-shanghai")));
      Select meetup = new Select(browser.one("#up-meetup"));
      String meetupId = meetup.getOptions().stream().map(o -> o.getAttribute("value"))
          .filter(v -> v.contains("pytorch-shanghai")).findFirst().orElseThrow();
      meetup.selectByValue(meetupId);
      browser.one("#up-speakers").sendKeys("Ada Tester (Lectern)");
      browser.screenshot("upload-form");
      // The drop zone's file input, revealed above for sendKeys, overlaps the button; submit as the button would.
      browser.script("document.getElementById('upload-form').requestSubmit();");

      browser.waitFor("#upload-talk-link");
      browser.waitUntil("focus on the new talk's link", () -> "upload-talk-link".equals(focusedId(browser)));
      assertThat(browser.one("#upload-talk-link").getAttribute("href")).contains("/talks/");
      assertThat(browser.one("#up-title").getAttribute("value")).as("the form is empty for the next talk").isEmpty();
      assertThat(browser.one("#up-speakers").getAttribute("value")).isEmpty();
      assertThat(browser.all(".upload-chooser .upload-file")).isEmpty();
      assertThat(new Select(browser.one("#up-meetup")).getFirstSelectedOption().getAttribute("value"))
          .as("the meetup stays chosen for the next talk of the evening").isEqualTo(meetupId);
      browser.waitUntil("the extraction report", () -> browser.all("#upload-result .upload-report").stream()
          .anyMatch(r -> r.getText().contains("OK") && r.getText().contains("2 pages")));
      assertThat(browser.one("#upload-result .upload-status").getText()).startsWith("Searchable now");
      browser.waitUntil("the footer counts the new talk", () -> browser.one("#health").getText().startsWith("6 talks"));
      browser.screenshot("upload-report");
      assertThat(browser.all(".error-box")).isEmpty();

      JsonNode found = server.search(MARKER);
      assertThat(found.get("total").asInt()).as("searchable once the page says so: " + found.toPrettyString()).isEqualTo(1);
      assertThat(found.at("/hits/0/talk/speakers/0/name").asText()).isEqualTo("Ada Tester");
      try (var stored = Files.walk(server.archive)) {
        assertThat(stored.filter(p -> p.getFileName().toString().equals(deck.getFileName().toString())).count())
            .as("the deck lands in the archive once").isEqualTo(1);
      }
    }
  }

  @Test
  void aReadOnlyServersUploadPageSaysSoInsteadOfAForm(@TempDir Path temp) throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(temp.resolve("server"), temp.resolve("cache"), 50,
        false, true);
        Browser browser = Browser.open(server.base())) {
      browser.get("/upload");
      assertThat(browser.waitFor("#read-only").getText()).contains("read-only");
      assertThat(browser.all("#login-form, #upload-form")).isEmpty();
      assertThat(server.parse(server.get("/api/formats")).path("writable").asBoolean()).isFalse();
      browser.screenshot("upload-read-only");
    }
  }

  @Test
  void aRefusalIsShownInTheReadersLanguageNextToItsField(@TempDir Path temp) throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(temp.resolve("server"), temp.resolve("cache"), 50);
        Browser browser = Browser.open(server.base(), "zh-CN")) {
      browser.get("/upload");
      browser.waitFor("#login-form #token").sendKeys("not-a-token");
      browser.one("#login-form button[type=submit]").click();
      browser.waitUntil("the refusal next to the token", () -> browser.one("#token-error").isDisplayed());
      assertThat(browser.one("#token-error").getText()).as("code bad_token, translated").isEqualTo("该令牌无效。");
      assertThat(focusedId(browser)).isEqualTo("token");
      assertThat(browser.one("#token").getAttribute("aria-invalid")).isEqualTo("true");
      browser.screenshot("upload-login-refused-zh");
    }
  }

  private static String focusedId(Browser browser) {
    return (String) browser.script("return document.activeElement && document.activeElement.id");
  }

  private static Path twoPageDeck(Path target) throws Exception {
    return Fixtures.pdf(target, List.of(MARKER + " scheduling in practice", "Work stealing across " + MARKER + " queues"),
        null);
  }
}
