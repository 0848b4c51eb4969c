package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.extract.keynote.KeynoteFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide a Keynote deck keeps but its show skips is indexed and found, marked {@code "skipped": true}
 * in the talk's pages and in search hits, and the talk page and slide viewer say so in English and
 * Chinese (headless Chromium).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SkippedSlidesIT {
  private static final String MEETUP = "2024-06-12-marsupial-evening";
  private static SampleArchiveServer server;
  private static String talkId;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    Path meetup = dir.resolve("archive").resolve(MEETUP);
    Files.createDirectories(meetup);
    KeynoteFixtures.deck(meetup.resolve("wombat-cubes.key"), List.of(
        "Wombats leave cube shaped droppings",
        "Backup slide: intestine elasticity measurements",
        "How the cubes form in the last stretch"), Set.of(1));
    server = new SampleArchiveServer(dir.resolve("archive"), dir.resolve("index"));
    talkId = server.json(server.get("/api/search?q=wombats")).path("hits").get(0).path("talk").path("id").asText();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aSkippedSlideIsIndexedAndMarkedInTheTalkAndInSearchHits() throws Exception {
    JsonNode talk = server.json(server.get("/api/talks/" + talkId));
    assertThat(SampleArchiveServer.elements(talk.path("pages"))).as(talk.toString())
        .extracting(p -> p.path("number").asInt() + ":" + p.path("skipped").asBoolean())
        .containsExactly("1:false", "2:true", "3:false");

    JsonNode found = server.json(server.get("/api/search?q=elasticity"));
    JsonNode pages = found.path("hits").get(0).path("pages");
    assertThat(SampleArchiveServer.elements(pages)).as(found.toString()).hasSize(1)
        .allSatisfy(p -> assertThat(p.path("number").asInt()).isEqualTo(2))
        .allSatisfy(p -> assertThat(p.path("skipped").asBoolean()).isTrue());
    JsonNode shown = server.json(server.get("/api/search?q=droppings")).path("hits").get(0).path("pages").get(0);
    assertThat(shown.path("skipped").asBoolean()).as(shown.toString()).isFalse();
  }

  @Test
  void theTalkPageAndTheViewerSaySkippedInTheShowInEnglishAndChinese() throws Exception {
    for (String[] locale : List.of(new String[] {"en-US", "Skipped in the show"}, new String[] {"zh-CN", "放映时跳过"})) {
      try (Browser browser = Browser.open(server.base(), locale[0])) {
        browser.get("/talks/" + talkId);
        browser.waitFor("#slide-3");
        List<String> badges = browser.all(".slide .slide-skipped").stream().map(e -> e.getText()).toList();
        assertThat(badges).as("one badge, in %s", locale[0]).containsExactly(locale[1]);
        assertThat(browser.one("#slide-2").getText()).contains(locale[1]);
        assertThat(browser.one("#slide-1").getText()).doesNotContain(locale[1]);

        browser.get("/talks/" + talkId + "#slide-2");
        browser.waitUntil("the viewer on the skipped slide", () -> Boolean.TRUE.equals(browser.script(
            "const d = document.querySelector('dialog.viewer'); return !!d && d.open && d.querySelector('.viewer-side').innerText.includes(arguments[0]);",
            locale[1])));
        Object side = browser.script("return document.querySelector('dialog.viewer .viewer-side').innerText;");
        assertThat(side.toString()).as("no stray 'null' from absent parts").doesNotContain("null");
      }
    }
  }
}
