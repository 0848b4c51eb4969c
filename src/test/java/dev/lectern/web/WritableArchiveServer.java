package dev.lectern.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.SampleArchive;
import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.AuditLog;
import dev.lectern.archive.Trash;
import dev.lectern.auth.TokenStore;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.sync.ArchiveWatcher;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileScheduler;
import dev.lectern.sync.Reconciler;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A real Lectern server that accepts writes: a copy of the sample archive, a Lucene index and an
 * organizer token in temporary folders, the reconcile scheduler and the archive watcher running,
 * served over HTTP on a free loopback port.
 */
final class WritableArchiveServer implements AutoCloseable {
  final Path archive;
  final Path indexDir;
  final String token;
  private final SlideIndex index;
  private final TikaExtractor extractor = new TikaExtractor();
  private final JsonCodec json = new JsonCodec();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ReconcileScheduler scheduler;
  private final ArchiveWatcher watcher;
  private final WebServer server;

  WritableArchiveServer(Path root, Path extractionCache, int maxUploadMb) throws IOException {
    this(root, extractionCache, maxUploadMb, false);
  }

  WritableArchiveServer(Path root, Path extractionCache, int maxUploadMb, boolean privateMode) throws IOException {
    this(root, extractionCache, maxUploadMb, privateMode, false);
  }

  /** {@code readOnly}: as {@code serve --read-only}, every write is refused. */
  WritableArchiveServer(Path root, Path extractionCache, int maxUploadMb, boolean privateMode, boolean readOnly)
      throws IOException {
    archive = root.resolve("archive");
    indexDir = root.resolve("index");
    SampleArchive.copyTree(SampleArchiveServer.SAMPLE_ARCHIVE, archive);
    index = SlideIndex.openForWriting(indexDir.resolve("lucene"), json);
    Reconciler reconciler = new Reconciler(archive, index, extractor, new ExtractionCache(extractionCache), 2);
    reconciler.reconcile(ReconcileListener.NONE);
    scheduler = new ReconcileScheduler(reconciler, () -> ReconcileListener.NONE);
    TokenStore tokens = new TokenStore(indexDir);
    token = tokens.create("alice");
    ArchiveEditor editor = new ArchiveEditor(archive);
    WriteAccess access = new WriteAccess(tokens, editor, new Trash(editor), new AuditLog(indexDir), scheduler,
        UploadLimits.ofMegabytes(maxUploadMb), indexDir.resolve("upload-tmp"), privateMode, readOnly);
    server = new WebServer(index, SampleArchiveServer.cachedSearcher(index), json, archive, reconciler::pending, access, null)
        .start("127.0.0.1", 0);
    watcher = new ArchiveWatcher(archive, scheduler, 300, 60_000).start();
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
  }

  HttpRequest.Builder authorized(String path) {
    return request(path).header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  HttpResponse<String> upload(String path, MultipartBody body) throws IOException, InterruptedException {
    return send(authorized(path).header("Content-Type", body.contentType()).POST(body.publisher()).build());
  }

  HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
    return send(authorized(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
  }

  JsonNode parse(HttpResponse<String> response) throws IOException {
    return json.mapper().readTree(response.body());
  }

  JsonNode search(String query) throws IOException, InterruptedException {
    return parse(get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
  }

  /** Polls a search until {@code until} holds or the timeout passes; returns the last answer. */
  JsonNode awaitSearch(String query, Predicate<JsonNode> until, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode result = search(query);
    while (!until.test(result) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      result = search(query);
    }
    return result;
  }

  /** Polls a GET until {@code until} holds or the timeout passes; returns the last answer. */
  JsonNode awaitGet(String path, Predicate<JsonNode> until, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode result = parse(get(path));
    while (!until.test(result) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      result = parse(get(path));
    }
    return result;
  }

  boolean awaitIdle() throws InterruptedException {
    return scheduler.awaitIdle(60_000);
  }

  static boolean hasTalk(JsonNode result, String id) {
    for (JsonNode hit : result.path("hits")) {
      if (hit.at("/talk/id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws Exception {
    watcher.close();
    server.stop();
    scheduler.awaitIdle(60_000);
    scheduler.close();
    index.close();
    extractor.close();
  }
}
