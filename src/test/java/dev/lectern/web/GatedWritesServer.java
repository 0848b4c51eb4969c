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

/**
 * A real server that takes organizers' writes into an archive of one meetup ({@code ingest}'s
 * PyTorch Shanghai meetup.json), with real Tika and the real renderer held at a gate: every pass
 * after the first (over the empty meetup) stays in its page-image phase until the test opens it.
 */
final class GatedWritesServer implements AutoCloseable {
  static final String MEETUP = "2024-08-15-pytorch-shanghai";

  final GatedThumbnailer images;
  final ReconcileScheduler scheduler;
  private final SlideIndex index;
  private final TikaExtractor extractor = new TikaExtractor();
  private final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonCodec json = new JsonCodec();
  private final String base;
  private final String token;

  GatedWritesServer(Path temp) throws Exception {
    Path archive = temp.resolve("archive");
    Files.createDirectories(archive.resolve(MEETUP));
    Files.copy(Path.of("ingest", MEETUP, "meetup.json"), archive.resolve(MEETUP).resolve("meetup.json"));
    images = new GatedThumbnailer(temp.resolve("thumbs"));
    index = SlideIndex.openForWriting(temp.resolve("index/lucene"), json);
    Reconciler reconciler = new Reconciler(archive, index, extractor, new ExtractionCache(temp.resolve("cache")),
        images, 2);
    reconciler.reconcile(ReconcileListener.NONE);
    scheduler = new ReconcileScheduler(reconciler, () -> ReconcileListener.NONE);
    TokenStore tokens = new TokenStore(temp.resolve("index"));
    token = tokens.create("alice");
    ArchiveEditor editor = new ArchiveEditor(archive);
    WriteAccess access = new WriteAccess(tokens, editor, new Trash(editor), new AuditLog(temp.resolve("index")),
        scheduler, UploadLimits.ofMegabytes(5), temp.resolve("index/upload-tmp"), false, false);
    server = new WebServer(index, new TalkSearcher(index), json, archive, reconciler::pending, access,
        new ThumbnailStore(temp.resolve("thumbs")), new Metrics(MetricSources.of(index, reconciler::pending)),
        EventLog.NONE).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  /** Uploads one PDF as a new talk of the meetup; the answer of a 201. */
  JsonNode upload(String title, String fileName, byte[] content) throws Exception {
    MultipartBody body = new MultipartBody().field("title", title).field("meetup", MEETUP)
        .file("file", fileName, "application/pdf", content);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/talks"))
        .header("Authorization", "Bearer " + token).header("Content-Type", body.contentType())
        .POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.mapper().readTree(response.body());
  }

  /** An organizer's JSON write that must answer 200. */
  JsonNode send(String method, String path, String body) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.mapper().readTree(response.body());
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.mapper().readTree(response.body());
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    images.open();
    server.stop();
    scheduler.awaitIdle(60_000);
    scheduler.close();
    index.close();
    extractor.close();
  }
}
