package dev.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.sample.Fixtures;
import dev.lectern.sample.HostileFiles;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server process over decks whose text extracts cleanly but whose drawing breaks the
 * renderer: a PPTX whose picture exhausts its heap and a PDF whose shading hangs it. Searches are
 * answered all the while the images are drawn, both decks end with no image (the UI shows their
 * text cards, the image answer says nothing is pending), the healthy deck beside them is drawn,
 * and the server is still up.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class HostileRenderingServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void decksThatExhaustOrHangTheRendererLeaveTheServerAnsweringAndGetTextCards() throws Exception {
    Path meetup = Files.createDirectories(temp.resolve("archive/2024-07-01-renderer-night"));
    HostileFiles hostile = new HostileFiles(Files.createDirectories(temp.resolve("made")));
    Files.move(hostile.hugePicturePptx(40_000), Files.createDirectories(meetup.resolve("exhausting")).resolve("huge-picture.pptx"));
    Files.move(hostile.shadingBombPdf(200_000), Files.createDirectories(meetup.resolve("hanging")).resolve("shading-bomb.pdf"));
    Files.write(Files.createDirectories(meetup.resolve("healthy")).resolve("healthy.pdf"), Fixtures.pdfBytes("a healthy wallaby deck"));

    try (LecternProcess server = LecternProcess.serve(temp.resolve("archive"), temp.resolve("index"),
        "--extract-timeout", "30")) {
      int port = server.awaitServing();
      server.awaitSearchable(Duration.ofMinutes(5));
      String exhausting = talkId(server, port, "exhausts");
      String hanging = talkId(server, port, "hangs");
      String healthy = talkId(server, port, "wallaby");

      // Until the image pass is over (each hostile deck costs two children), every search is answered.
      int searches = 0;
      while (!"ready".equals(server.getJson(port, "/health").path("state").asText())) {
        assertThat(talkId(server, port, "renderer")).isNotEmpty();
        searches++;
        Thread.sleep(200);
      }
      assertThat(server.process().isAlive()).as(server.output()).isTrue();

      for (String talk : new String[] {exhausting, hanging}) {
        HttpResponse<String> image = server.get(port, "/api/talks/" + talk + "/pages/1.png");
        assertThat(image.statusCode()).as("%s: %s", talk, image.body()).isEqualTo(404);
        assertThat(JSON.readTree(image.body()).path("pending").asBoolean()).as("not pending: a text card for good").isFalse();
      }
      assertThat(server.get(port, "/api/talks/" + healthy + "/pages/1.png").statusCode())
          .as("the deck after them is drawn; %d searches answered meanwhile", searches).isEqualTo(200);
      assertThat(talkId(server, port, "exhausts")).isEqualTo(exhausting);
    }
  }

  /** The one talk a word finds; fails unless the search is answered. */
  private static String talkId(LecternProcess server, int port, String word) throws Exception {
    HttpResponse<String> found = server.get(port, "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonNode hits = JSON.readTree(found.body()).path("hits");
    assertThat(hits.size()).as(found.body()).isGreaterThanOrEqualTo(1);
    return hits.get(0).path("talk").path("id").asText();
  }
}
