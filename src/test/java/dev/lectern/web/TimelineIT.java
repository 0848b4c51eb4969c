package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.SampleArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * "Across meetups" on the search page: a one-line sparkline that opens into the bar chart, with the
 * matching talks of undated meetups counted beside it. The sample archive plus one meetup without a
 * date; no page images (not needed here). Screenshots: target/screenshots/timeline-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TimelineIT {
  private Path archive;
  private SampleArchiveServer server;
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    Path temp = Files.createTempDirectory("lectern-timeline");
    archive = SampleArchive.copyTree(SampleArchiveServer.SAMPLE_ARCHIVE, temp.resolve("archive"));
    Path talk = Files.createDirectories(archive.resolve("community-night").resolve("01-privateuse1-lightning"));
    Files.writeString(archive.resolve("community-night").resolve("meetup.json"), "{\"title\": \"Community night\"}");
    Files.writeString(talk.resolve("notes.md"), "# PrivateUse1 in five minutes\n\nA lightning talk on the PrivateUse1 dispatch key.\n");
    server = new SampleArchiveServer(archive, temp.resolve("index"));
    browser = Browser.open(server.base());
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theApiCountsTalksOfUndatedMeetups() throws Exception {
    JsonNode trend = server.json(server.get("/api/trend?q=PrivateUse1"));
    assertThat(trend.get("points")).as(trend.toString()).hasSize(1);
    assertThat(trend.at("/undated/talks").asInt()).as(trend.toString()).isEqualTo(1);
    assertThat(trend.at("/undated/pages").asInt()).isPositive();
  }

  @Test
  void aSmallSparklineOpensIntoTheChartAndUndatedTalksAreShown() throws Exception {
    browser.get("/?q=PrivateUse1");
    browser.waitFor(".result");
    browser.waitFor("#timeline .sparkline");
    browser.screenshot("timeline-compact");
    double height = ((Number) browser.script("return document.getElementById('timeline').getBoundingClientRect().height")).doubleValue();
    assertThat(height).as("the closed timeline's height in px").isLessThan(48);
    assertThat(browser.one("#timeline summary").getText()).contains("1 meetup").contains("2024").contains("1 undated talk");
    assertThat(browser.all("#timeline .timeline-svg")).as("the chart waits until asked for").allMatch(e -> !e.isDisplayed());

    browser.one("#timeline summary").click();
    browser.waitFor("#timeline .timeline-svg .bar");
    browser.screenshot("timeline-open");
    assertThat(browser.one("#timeline .timeline-undated").getText()).contains("1 matching talk").contains("without a date");
    String bar = browser.one("#timeline .timeline-svg .bar").getAttribute("aria-label");
    assertThat(bar).contains("PyTorch Shanghai Meetup");

    browser.get("/?q=zzzqqqxxx");
    browser.waitFor(".zero");
    assertThat(browser.one("#timeline").isDisplayed()).as("no timeline without matches").isFalse();
  }
}
