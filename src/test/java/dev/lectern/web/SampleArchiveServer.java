package dev.lectern.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SearchCache;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.render.SlideRenderer;
import dev.lectern.render.SlideThumbnailer;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.render.Thumbnailer;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.Reconciler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real Lectern server for tests: the given archive extracted with real Tika into a Lucene index
 * in a temporary folder, served over HTTP on a free loopback port.
 */
final class SampleArchiveServer implements AutoCloseable {
  static final Path SAMPLE_ARCHIVE = Path.of("ingest").toAbsolutePath();

  private final SlideIndex index;
  private final WebServer server;
  private final Extractor extractor;
  private final JsonCodec json = new JsonCodec();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Reconciler reconciler;

  SampleArchiveServer(Path archive, Path indexDir) throws IOException {
    this(archive, indexDir, new TikaExtractor(), false);
  }

  /** With {@code thumbnails}, page images are drawn at ingest (slower) and served like in production. */
  SampleArchiveServer(Path archive, Path indexDir, boolean thumbnails) throws IOException {
    this(archive, indexDir, new TikaExtractor(), thumbnails);
  }

  /** The same server extracting with {@code extractor} (closed with the server). */
  SampleArchiveServer(Path archive, Path indexDir, Extractor extractor) throws IOException {
    this(archive, indexDir, extractor, false);
  }

  private SampleArchiveServer(Path archive, Path indexDir, Extractor extractor, boolean thumbnails)
      throws IOException {
    this.extractor = extractor;
    index = SlideIndex.openForWriting(indexDir.resolve("lucene"), json);
    ThumbnailStore store = thumbnails ? new ThumbnailStore(SharedImages.DIRECTORY) : null;
    reconciler = new Reconciler(archive, index, extractor, new ExtractionCache(indexDir.resolve("extracted")),
        store == null ? Thumbnailer.NONE : new SlideThumbnailer(SlideRenderer.standard(), store), 2);
    reconciler.reconcile(ReconcileListener.NONE);
    server = new WebServer(index, cachedSearcher(index), json, archive, reconciler::pending, null, store)
        .start("127.0.0.1", 0);
  }

  /**
   * Page images are stored by content hash, so the servers of one test JVM share a store: the sample
   * decks are drawn by the first server that needs them, not once per test class.
   */
  private static final class SharedImages {
    static final Path DIRECTORY = create();

    private static Path create() {
      try {
        return Files.createTempDirectory("lectern-it-images");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A searcher wired as the server wires its own: it keeps recent answers, so every IT searching through it checks them too. */
  static TalkSearcher cachedSearcher(SlideIndex index) {
    return new TalkSearcher(index, new Glossary(null), SemanticSearch.off(), new SearchCache(SearchCache.DEFAULT_WEIGHT));
  }

  Reconciler reconciler() {
    return reconciler;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode json(HttpResponse<String> response) throws IOException {
    return json.mapper().readTree(response.body());
  }

  /** A JSON array's elements, for AssertJ. */
  static java.util.List<JsonNode> elements(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.stop();
    index.close();
    extractor.close();
  }
}
