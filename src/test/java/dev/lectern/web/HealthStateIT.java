package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.SampleArchive;
import dev.lectern.index.JsonCodec;
import dev.lectern.sync.ReconcileScheduler;
import dev.lectern.sync.Reconciler;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.render.SlideRenderer;
import dev.lectern.render.SlideThumbnailer;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.render.Thumbnailer;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.log.EventLog;
import dev.lectern.sync.IndexProgress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} on a real server over the first run of the sample archive, held at each stage by
 * gates on the real extractor and page renderer: starting before the archive is counted, indexing
 * while text is extracted, enriching while page images are drawn, then ready.
 */
class HealthStateIT {
  @TempDir Path temp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonCodec json = new JsonCodec();

  @Test
  void healthTellsEachStageOfTheFirstRunHonestly() throws Exception {
    Path archive = temp.resolve("archive");
    SampleArchive.copyTree(SampleArchiveServer.SAMPLE_ARCHIVE, archive);
    CountDownLatch textGate = new CountDownLatch(1);
    CountDownLatch imageGate = new CountDownLatch(1);
    IndexProgress progress = new IndexProgress(Duration.ofMinutes(10));
    try (SlideIndex index = SlideIndex.openForWriting(temp.resolve("lucene"), json);
        TikaExtractor tika = new TikaExtractor()) {
      Extractor gatedText = file -> {
        await(textGate);
        return tika.extract(file);
      };
      Thumbnailer real = new SlideThumbnailer(SlideRenderer.standard(), new ThumbnailStore(temp.resolve("thumbs")));
      Thumbnailer gatedImages = new Thumbnailer() {
        @Override
        public boolean missing(String sha256) {
          return real.missing(sha256);
        }

        @Override
        public void render(String sha256, Path file) {
          await(imageGate);
          real.render(sha256, file);
        }

        @Override
        public void skip(String sha256) {
          real.skip(sha256);
        }
      };
      Reconciler reconciler = new Reconciler(archive, index, gatedText, new ExtractionCache(temp.resolve("cache")),
          gatedImages, 2);
      ReconcileScheduler scheduler = new ReconcileScheduler(reconciler, () -> progress);
      WebServer server = new WebServer(index, new TalkSearcher(index), json, archive, reconciler::pending, null, null,
          new Metrics(MetricSources.of(index, reconciler::pending)), EventLog.NONE, progress).start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        JsonNode first = health(base);
        assertThat(first.path("state").asText()).as(first.toString()).isEqualTo("starting");
        assertThat(first.path("status").asText()).isEqualTo("ok");

        scheduler.request();
        JsonNode indexing = awaitHealth(base, h -> h.path("pendingText").asInt() > 0);
        assertThat(indexing.path("state").asText()).as(indexing.toString()).isEqualTo("indexing");
        assertThat(indexing.path("pending").asInt()).isEqualTo(indexing.path("pendingText").asInt());
        assertThat(indexing.has("pendingOcr") && indexing.has("pendingEmbeddings")).isTrue();

        textGate.countDown();
        JsonNode enriching = awaitHealth(base, h -> h.path("state").asText().equals("enriching"));
        assertThat(enriching.path("pendingText").asInt()).as(enriching.toString()).isZero();
        assertThat(enriching.path("pendingImages").asInt()).isPositive();
        assertThat(enriching.path("talks").asInt()).as("text is searchable while images are drawn").isPositive();

        imageGate.countDown();
        JsonNode ready = awaitHealth(base, h -> h.path("state").asText().equals("ready"));
        assertThat(ready.path("pendingImages").asInt()).as(ready.toString()).isZero();
        assertThat(ready.path("pending").asInt()).isZero();
      } finally {
        textGate.countDown();
        imageGate.countDown();
        server.stop();
        scheduler.awaitIdle(60_000);
        scheduler.close();
      }
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

  private static void await(CountDownLatch gate) {
    try {
      gate.await(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
