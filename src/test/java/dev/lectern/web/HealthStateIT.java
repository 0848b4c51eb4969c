package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.SampleArchive;
import dev.lectern.index.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} on a real server over the first run of the sample archive, held at each stage by
 * gates on the real extractor and page renderer ({@link GatedFirstRunServer}): starting before the
 * archive is counted, indexing while text is extracted, enriching while page images are drawn, then ready.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HealthStateIT {
  @TempDir Path temp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonCodec json = new JsonCodec();

  @Test
  void healthTellsEachStageOfTheFirstRunHonestly() throws Exception {
    Path archive = temp.resolve("archive");
    SampleArchive.copyTree(SampleArchiveServer.SAMPLE_ARCHIVE, archive);
    try (GatedFirstRunServer server = new GatedFirstRunServer(archive, temp.resolve("work"))) {
      String base = server.base();
      JsonNode first = health(base);
      assertThat(first.path("state").asText()).as(first.toString()).isEqualTo("starting");
      assertThat(first.path("status").asText()).isEqualTo("ok");

      server.requestRun();
      JsonNode indexing = awaitHealth(base, h -> h.path("pendingText").asInt() > 0);
      assertThat(indexing.path("state").asText()).as(indexing.toString()).isEqualTo("indexing");
      assertThat(indexing.path("pending").asInt()).isEqualTo(indexing.path("pendingText").asInt());
      assertThat(indexing.has("pendingOcr") && indexing.has("pendingEmbeddings")).isTrue();

      server.openText();
      JsonNode enriching = awaitHealth(base, h -> h.path("state").asText().equals("enriching"));
      assertThat(enriching.path("pendingText").asInt()).as(enriching.toString()).isZero();
      assertThat(enriching.path("pendingImages").asInt()).isPositive();
      assertThat(enriching.path("talks").asInt()).as("text is searchable while images are drawn").isPositive();

      server.openImages();
      JsonNode ready = awaitHealth(base, h -> h.path("state").asText().equals("ready"));
      assertThat(ready.path("pendingImages").asInt()).as(ready.toString()).isZero();
      assertThat(ready.path("pending").asInt()).isZero();
    }
  }

  private JsonNode health(String base) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.mapper().readTree(response.body());
  }

  private JsonNode awaitHealth(String base, Predicate<JsonNode> until) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    JsonNode last = health(base);
    while (!until.test(last)) {
      assertThat(System.nanoTime()).as("waiting for /health; last answer %s", last).isLessThan(deadline);
      Thread.sleep(50);
      last = health(base);
    }
    return last;
  }
}
