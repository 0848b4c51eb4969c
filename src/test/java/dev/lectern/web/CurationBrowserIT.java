package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.sample.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An organizer fixes guesses from the browser: a loose deck's guessed title and missing
 * its speaker on the talk page, a meetup's city on its page; the archive's metadata files change and
 * search shows the fix. Screenshots go to target/screenshots.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CurationBrowserIT {
  private static final String MEETUP_FOLDER = "2024-08-15-pytorch-shanghai";
  private static final Duration INDEXED = Duration.ofSeconds(30);

  @Test
  void organizerFixesAGuessedTitleAndSpeakerAndSearchShowsThem(@TempDir Path temp) throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(temp.resolve("server"), temp.resolve("cache"), 50);
        Browser browser = Browser.open(server.base())) {
      Path meetup = server.archive.resolve(MEETUP_FOLDER);
      Files.write(meetup.resolve("wombat_tunnels_v3_final.pdf"),
          Fixtures.pdfBytes("wombat tunnels are dug at night", "soil samples from 12 burrows"));
      for (String date : List.of("2025-01-07", "2025-02-04")) {
        Path talk = server.archive.resolve("lectern-nights/" + date + "/intro");
        Files.createDirectories(talk);
        Files.write(talk.resolve("intro.pdf"), Fixtures.pdfBytes("bandicoot evening " + date));
      }
      // An undated folder beside the dated evenings is their material, not a meetup of its own.
      Files.createDirectories(server.archive.resolve("lectern-nights/shared-notes"));
      Files.write(server.archive.resolve("lectern-nights/shared-notes/ideas.pdf"), Fixtures.pdfBytes("ideas for evenings"));
      JsonNode indexed = server.awaitSearch("wombat", r -> r.path("hits").size() > 0, INDEXED);
      String id = indexed.at("/hits/0/talk/id").asText();
      String guessed = indexed.at("/hits/0/talk/title").asText();
      assertThat(guessed).as("the deck's title is a guess").isNotEqualTo("Wombat tunnels, measured");

      browser.get("/upload");
      browser.waitFor("#login-form #token").sendKeys(server.token);
      browser.one("#login-form button[type=submit]").click();
      browser.waitFor("#review-link");
      // Not Browser.get: that starts a fresh visit and forgets the signed-in hint.
      browser.driver().get(server.base() + "/review");
      WebElement missing = browser.waitFor(".review-item[data-kind='no-speaker'][data-talk='" + id + "']");
      browser.screenshot("review");
      missing.findElement(org.openqa.selenium.By.cssSelector(".review-edit")).click();
      WebElement title = browser.waitFor("#curate-title");
      assertThat(title.getAttribute("value")).isEqualTo(guessed);
      assertThat(browser.one(".curate-form").getText()).as("the form says the title is a guess").contains("%");
      title.clear();
      title.sendKeys("Wombat tunnels, measured");
      List<WebElement> names = browser.all(".speaker-name");
      WebElement speaker = names.isEmpty() ? addSpeaker(browser) : names.get(0);
      speaker.clear();
      speaker.sendKeys("Ada Quokka");
      WebElement affiliation = browser.all(".speaker-affiliation").get(0);
      affiliation.clear();
      affiliation.sendKeys("Rottnest Soil Lab");
      browser.screenshot("curate-talk-form");
      save(browser);
      browser.waitUntil("the page shows the new title",
          () -> browser.all("h1").stream().anyMatch(h -> h.getText().equals("Wombat tunnels, measured")));
      assertThat(browser.one(".talk-speakers").getText()).contains("Ada Quokka").contains("Rottnest Soil Lab");
      browser.screenshot("curate-talk-saved");

      browser.driver().get(server.base() + "/?q=" + java.net.URLEncoder.encode("tunnels measured", "UTF-8"));
      browser.waitUntil("search shows the fixed title and speaker", () -> browser.all(".result-body").stream()
          .anyMatch(r -> r.getText().contains("Wombat tunnels, measured") && r.getText().contains("Ada Quokka")));
      browser.screenshot("curate-search");

      JsonNode sidecar = new ObjectMapper().readTree(meetup.resolve("wombat_tunnels_v3_final.talk.json").toFile());
      assertThat(sidecar.path("title").asText()).isEqualTo("Wombat tunnels, measured");
      assertThat(sidecar.at("/speakers/0/affiliation").asText()).isEqualTo("Rottnest Soil Lab");
      assertThat(sidecar.has("tags")).as("fields left alone are not declared").isFalse();
      String audit = server.send(server.authorized("/api/audit").GET().build()).body();
      assertThat(audit).contains("\"action\":\"edit-talk\"");

      String meetupId = indexed.at("/hits/0/talk/meetup/id").asText();
      browser.driver().get(server.base() + "/meetups/" + meetupId);
      browser.waitFor("#edit-meetup").click();
      WebElement city = browser.waitFor("#curate-city");
      city.clear();
      city.sendKeys("Hangzhou");
      save(browser);
      browser.waitUntil("the meetup page shows the new city",
          () -> browser.all(".facts").stream().anyMatch(f -> f.getText().contains("Hangzhou")));
      browser.screenshot("curate-meetup-saved");
      assertThat(new ObjectMapper().readTree(meetup.resolve("meetup.json").toFile()).path("city").asText())
          .isEqualTo("Hangzhou");

      browser.driver().get(server.base() + "/talks/" + id);
      browser.waitFor("#edit-talk").click();
      Select move = new Select(browser.waitFor("#curate-meetup"));
      browser.waitUntil("the meetups to move to are listed", () -> move.getOptions().size() > 1);
      move.selectByValue(move.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.equals(meetupId))
          .findFirst().orElseThrow());
      browser.screenshot("curate-talk-move");
      // Headless Chromium keeps the select's option list open over the page after a choice: close it first.
      browser.one("#curate-meetup").sendKeys(org.openqa.selenium.Keys.TAB);
      save(browser);
      browser.waitUntil("the page follows the talk to its new meetup",
          () -> !browser.driver().getCurrentUrl().endsWith(id)
              && browser.all("h1").stream().anyMatch(h -> h.getText().equals("Wombat tunnels, measured")));
      browser.screenshot("curate-talk-moved");
      assertThat(meetup.resolve("wombat_tunnels_v3_final.pdf")).as("the deck moved with its talk").doesNotExist();

      browser.driver().get(server.base() + "/meetups");
      browser.waitFor(".series-item a").click();
      browser.waitFor("#edit-series").click();
      WebElement name = browser.waitFor("#curate-title");
      name.clear();
      name.sendKeys("Bandicoot Evenings");
      save(browser);
      browser.waitUntil("the series page shows the new name",
          () -> browser.all("h1").stream().anyMatch(h -> h.getText().equals("Bandicoot Evenings")));
      // The meetups page lists what the index has; the rename reaches it with the reindex that follows the
      // write, which may queue behind the page images of the move above. The page does not poll, so reload it.
      browser.waitUntil("the meetups page groups by the renamed series", () -> {
        browser.driver().get(server.base() + "/meetups");
        browser.waitFor(".series-item h3");
        return browser.all(".series-item h3").stream().anyMatch(h -> h.getText().contains("Bandicoot Evenings"));
      });
      browser.screenshot("meetups-series");
      assertThat(browser.all(".series-item .meetup-item")).as("two evenings and their material")
          .extracting(WebElement::getText).hasSize(3).anyMatch(m -> m.contains("Material of the series"));
      assertThat(browser.one(".series-item h3 .badge").getText()).as("the material is no meetup").isEqualTo("2 meetups");

      // Search offers the series among its filters, under its new name.
      browser.driver().get(server.base() + "/?q=bandicoot");
      browser.waitUntil("search offers the series as a filter", () -> browser.all(".facet[data-facet=series] label")
          .stream().anyMatch(l -> l.getText().contains("Bandicoot Evenings")));
      browser.one(".facet[data-facet=series] input").click();
      // The chips are drawn again as results arrive: read their text in one script, not element by element.
      browser.waitUntil("the series filter is active", () -> String.valueOf(browser.script(
          "return [...document.querySelectorAll('.chip')].map(c => c.textContent).join('|')")).contains("Bandicoot Evenings"));
      assertThat(browser.all(".result")).hasSize(2);
      browser.screenshot("search-series-facet");
      assertThat(browser.all(".error-box")).isEmpty();
    }
  }

  /** The form grows below the fold: scroll the button to the middle at once (not smoothly), then click it. */
  private static void save(Browser browser) {
    WebElement button = browser.one("#curate-save");
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
    button.click();
  }

  private static WebElement addSpeaker(Browser browser) {
    browser.one("#curate-add-speaker").click();
    return browser.waitFor(".speaker-name");
  }
}
