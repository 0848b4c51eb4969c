package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.SampleArchive;
import dev.lectern.index.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Text is searchable before page images are drawn: until then results and slides show a placeholder,
 * never a broken image, and the real image replaces it once drawn, without a reload. The page
 * renderer is held at a gate ({@link GatedFirstRunServer}), so "not drawn yet" lasts as long as the
 * test needs. Screenshots: target/screenshots/pending-image-*.png.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PendingImagesIT {
  private static final String MEETUP = "2024-08-15-pytorch-shanghai";
  private static final String TALK_FOLDER = "04-intel-xpu-inductor";
  private static final String TALK = MEETUP + "-" + TALK_FOLDER;
  private static final String BROKEN_IMAGES =
      "return [...document.querySelectorAll('main img')].filter((i) => i.complete && i.naturalWidth === 0).length";

  @TempDir Path temp;

  @Test
  void aPlaceholderStandsInUntilTheImageIsDrawn() throws Exception {
    // One talk (a 7-page PDF) keeps the drawing short once the gate opens.
    Path archive = temp.resolve("archive");
    SampleArchive.copyTree(SampleArchiveServer.SAMPLE_ARCHIVE.resolve(MEETUP).resolve(TALK_FOLDER),
        archive.resolve(MEETUP).resolve(TALK_FOLDER));
    Files.copy(SampleArchiveServer.SAMPLE_ARCHIVE.resolve(MEETUP).resolve("meetup.json"),
        archive.resolve(MEETUP).resolve("meetup.json"));
    try (GatedFirstRunServer server = new GatedFirstRunServer(archive, temp.resolve("work"));
        Browser browser = Browser.open(server.base())) {
      server.requestRun();
      server.openText();
      until(browser, "the talk searchable, its images still held", () -> "enriching".equals(state(server)));
      HttpResponse<String> pending = get(server, "/api/talks/" + TALK + "/pages/1.png");
      assertThat(pending.statusCode()).isEqualTo(404);
      assertThat(new JsonCodec().mapper().readTree(pending.body()).path("pending").asBoolean())
          .as("the API says the image is still to come: %s", pending.body()).isTrue();

      browser.get("/?q=inductor");
      browser.waitFor(".result-thumb .thumb-placeholder");
      browser.screenshot("pending-image-result");
      assertThat(browser.one(".result-thumb .thumb-placeholder").getText()).isEqualTo("Image being drawn…");
      assertThat(browser.script(BROKEN_IMAGES)).as("broken images in the results").isEqualTo(0L);

      browser.get("/talks/" + TALK);
      browser.waitFor("#slide-1 .thumb-pending");
      browser.screenshot("pending-image-talk");
      assertThat(browser.script(BROKEN_IMAGES)).as("broken images on the talk page").isEqualTo(0L);
      assertThat(browser.one("#slide-1 .thumb-pending").getText()).contains("Image being drawn…");

      browser.get("/?q=inductor");
      browser.waitFor(".result-thumb .thumb-placeholder");
      server.openImages();
      until(browser, "the drawn image in place of the placeholder", () -> Boolean.TRUE.equals(browser.script(
          "const i = document.querySelector('.result-thumb img'); return !!i && i.complete && i.naturalWidth > 0")));
      browser.screenshot("pending-image-drawn");
      assertThat(browser.all(".thumb-placeholder")).isEmpty();
      assertThat(browser.script("return document.querySelector('.result-thumb img').naturalWidth")).isEqualTo(480L);
    }
  }

  private static HttpResponse<String> get(GatedFirstRunServer server, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String state(GatedFirstRunServer server) {
    try {
      JsonNode health = new JsonCodec().mapper().readTree(get(server, "/health").body());
      return health.path("state").asText();
    } catch (Exception e) {
      return "unreachable: " + e;
    }
  }

  /** Waits on a condition; indexing and drawing on a loaded CI machine can outlast the browser's usual wait. */
  private static void until(Browser browser, String what, BooleanSupplier condition) {
    new WebDriverWait(browser.driver(), Duration.ofMinutes(3), Duration.ofMillis(250))
        .withMessage(() -> what + "; page was " + browser.driver().getCurrentUrl())
        .until(d -> condition.getAsBoolean());
  }
}
