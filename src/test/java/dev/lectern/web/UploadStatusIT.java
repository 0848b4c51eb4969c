package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.AuditLog;
import dev.lectern.archive.Trash;
import dev.lectern.auth.TokenStore;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.log.EventLog;
import dev.lectern.render.GatedThumbnailer;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.sample.Fixtures;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileScheduler;
import dev.lectern.sync.Reconciler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload's status on a real server whose page images are held back by a gate on the real
 * renderer: the talk says "indexing" only until its text is searchable, then each file's real
 * outcome, while its page images are still being drawn.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class UploadStatusIT {
  private static final String MEETUP = "2024-08-15-pytorch-shanghai";

  @TempDir Path temp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonCodec json = new JsonCodec();
  private String base;
  private String token;

  @Test
  void statusIsIndexingOnlyUntilTheTalkIsSearchableThenTheRealOutcome() throws Exception {
    Path archive = temp.resolve("archive");
    Files.createDirectories(archive.resolve(MEETUP));
    Files.copy(Path.of("ingest", MEETUP, "meetup.json"), archive.resolve(MEETUP).resolve("meetup.json"));
    GatedThumbnailer gatedImages = new GatedThumbnailer(temp.resolve("thumbs"));
    try (SlideIndex index = SlideIndex.openForWriting(temp.resolve("index/lucene"), json);
        TikaExtractor extractor = new TikaExtractor()) {
      Reconciler reconciler = new Reconciler(archive, index, extractor, new ExtractionCache(temp.resolve("cache")),
          gatedImages, 2);
      reconciler.reconcile(ReconcileListener.NONE);
      ReconcileScheduler scheduler = new ReconcileScheduler(reconciler, () -> ReconcileListener.NONE);
      TokenStore tokens = new TokenStore(temp.resolve("index"));
      token = tokens.create("alice");
      ArchiveEditor editor = new ArchiveEditor(archive);
      WriteAccess access = new WriteAccess(tokens, editor, new Trash(editor), new AuditLog(temp.resolve("index")),
          scheduler, UploadLimits.ofMegabytes(5), temp.resolve("index/upload-tmp"), false, false);
      WebServer server = new WebServer(index, new TalkSearcher(index), json, archive, reconciler::pending, access,
          new ThumbnailStore(temp.resolve("thumbs")), new Metrics(MetricSources.of(index, reconciler::pending)),
          EventLog.NONE).start("127.0.0.1", 0);
      base = "http://127.0.0.1:" + server.port();
      try {
        JsonNode created = upload("Quillwort spectroscopy", "quillwort.pdf",
            Fixtures.pdfBytes("Quillwort spectroscopy for beginners"));
        assertThat(created.path("status").asText()).as(created.toString()).isEqualTo("indexing");
        String id = created.path("id").asText();

        JsonNode settled = awaitSettled(id);
        assertThat(settled.path("status").asText()).as(settled.toString()).isEqualTo("ok");
        assertThat(settled.at("/files/0/status").asText()).isEqualTo("ok");
        assertThat(settled.at("/files/0/pages").asInt()).isEqualTo(1);
        JsonNode found = get("/api/search?q=" + URLEncoder.encode("quillwort", StandardCharsets.UTF_8));
        assertThat(found.at("/hits/0/talk/id").asText()).as("searchable once the status says so: " + found)
            .isEqualTo(id);
        assertThat(gatedImages.opened()).as("page images were still held back").isFalse();
        gatedImages.open(); // the next upload's pass starts once this one has drawn its images

        JsonNode broken = upload("Broken deck", "broken.pdf",
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(broken.path("status").asText()).as(broken.toString()).isEqualTo("indexing");
        JsonNode failed = awaitSettled(broken.path("id").asText());
        assertThat(failed.at("/files/0/status").asText()).as(failed.toString()).isIn("failed", "empty");
        assertThat(failed.path("status").asText()).isNotEqualTo("indexing");
      } finally {
        gatedImages.open();
        server.stop();
        scheduler.awaitIdle(60_000);
        scheduler.close();
      }
    }
  }

  private JsonNode upload(String title, String fileName, byte[] content) throws Exception {
    MultipartBody body = new MultipartBody().field("title", title).field("meetup", MEETUP)
        .file("file", fileName, "application/pdf", content);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/talks"))
        .header("Authorization", "Bearer " + token).header("Content-Type", body.contentType())
        .POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.mapper().readTree(response.body());
  }

  /** Polls the talk as the upload page does until it no longer says "indexing". */
  private JsonNode awaitSettled(String id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    JsonNode talk = get("/api/talks/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    while (talk.path("status").asText().equals("indexing")) {
      assertThat(System.nanoTime()).as("still indexing: %s", talk).isLessThan(deadline);
      Thread.sleep(50);
      talk = get("/api/talks/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }
    return talk;
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.mapper().readTree(response.body());
  }
}
