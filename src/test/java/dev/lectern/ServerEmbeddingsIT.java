package dev.lectern;

import static dev.lectern.sample.SystemsNightArchive.CHINESE_QUESTION;
import static dev.lectern.sample.SystemsNightArchive.hitIds;
import static dev.lectern.sample.SystemsNightArchive.TRANSACTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.cli.ArchivePaths;
import dev.lectern.cli.ExtractionSettings;
import dev.lectern.cli.ServerSettings;
import dev.lectern.extract.ExtractionLimits;
import dev.lectern.extract.ocr.OcrSettings;
import dev.lectern.log.EventLog;
import dev.lectern.sample.InProcessLectern;
import dev.lectern.sample.SystemsNightArchive;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server in this process with the real embedding model, whose load is held at a gate until
 * the test opens it: what {@code /health} and search say while the model loads is then a fixed
 * state, not a race with a load that takes one or two seconds.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ServerEmbeddingsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PORT = Pattern.compile("at http://[^:/]+:(\\d+)/");
  private static final ExtractionSettings TEXT_ONLY =
      new ExtractionSettings(true, false, ExtractionLimits.DEFAULTS, OcrSettings.NONE, true);

  @TempDir Path temp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final CountDownLatch modelGate = new CountDownLatch(1);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @Test
  void healthCountsTheSlidesToEmbedFromTheStartWhileTheModelLoads() throws Exception {
    Path archive = SystemsNightArchive.write(temp);
    Path index = temp.resolve("index");
    // An index whose talks have no vectors yet, as one built with embeddings off leaves it.
    InProcessLectern indexer = new InProcessLectern();
    assertThat(indexer.run("index", "--archive", archive.toString(), "--index", index.toString(),
        "--no-embeddings", "--in-process-extraction", "--no-page-images")).as(indexer.err()).isZero();
    // No reconciliation: nothing but the server's start can tell /health about the pending slides.
    ServerSettings noReconcile = new ServerSettings("127.0.0.1", 0, false, 10, false, false, false);
    LecternServer server = start(archive, index, noReconcile);
    try {
      JsonNode loading = health();
      assertThat(loading.get("semantic").asText()).as(loading.toString()).isEqualTo("loading");
      assertThat(loading.get("pages").asInt()).isPositive();
      assertThat(loading.get("pendingEmbeddings").asInt()).as(loading.toString())
          .isEqualTo(loading.get("pages").asInt());
      assertThat(loading.get("state").asText()).isEqualTo("enriching");

      modelGate.countDown();
      JsonNode ready = awaitHealth(h -> h.get("semantic").asText().equals("ready"));
      assertThat(ready.get("pendingEmbeddings").asInt()).as(ready.toString()).isZero();
      assertThat(ready.get("state").asText()).isEqualTo("ready");
      assertThat(hitIds(search("mode=semantic&q=" + URLEncoder.encode(CHINESE_QUESTION, StandardCharsets.UTF_8))))
          .first().isEqualTo(TRANSACTIONS);
    } finally {
      modelGate.countDown(); // before closing: a pass waiting for the model would hold the close up
      server.close();
    }
  }

  @Test
  void aSearchAfterTheTextPassAnswersByWordsWhileTheModelLoads() throws Exception {
    Path archive = SystemsNightArchive.write(temp);
    ServerSettings settings = new ServerSettings("127.0.0.1", 0, false, 10, true, false, false);
    LecternServer server = start(archive, temp.resolve("index"), settings);
    try {
      JsonNode searchable = awaitHealth(h -> h.get("talks").asInt() == 4 && h.get("pendingText").asInt() == 0
          && h.get("pendingEmbeddings").asInt() > 0);
      assertThat(hitIds(search("q=snapshot"))).as(out.toString(StandardCharsets.UTF_8)).first().isEqualTo(TRANSACTIONS);
      JsonNode after = health();
      // The gate is shut: the model cannot have loaded, so no slide has its vector yet.
      assertThat(after.get("semantic").asText()).as(after.toString()).isIn("loading", "embedding");
      assertThat(after.get("pendingEmbeddings").asInt()).isEqualTo(searchable.get("pages").asInt());
      assertThat(after.get("state").asText()).isEqualTo("enriching");
    } finally {
      modelGate.countDown(); // before closing: a pass waiting for the model would hold the close up
      server.close();
    }
  }

  private LecternServer start(Path archive, Path index, ServerSettings settings) throws Exception {
    PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
    Lectern parts = new Lectern(printer, printer, Map.of(), this::awaitGate);
    return LecternServer.start(parts, new ArchivePaths(archive, index), settings, TEXT_ONLY, EventLog.NONE, printer);
  }

  private void awaitGate() {
    try {
      modelGate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String base() {
    Matcher port = PORT.matcher(out.toString(StandardCharsets.UTF_8));
    assertThat(port.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
    return "http://127.0.0.1:" + port.group(1);
  }

  private JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode health() throws Exception {
    return get("/health");
  }

  private JsonNode search(String query) throws Exception {
    return get("/api/search?" + query);
  }

  /** Polls /health until it satisfies the condition. */
  private JsonNode awaitHealth(Predicate<JsonNode> wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    JsonNode health = health();
    while (!wanted.test(health)) {
      assertThat(System.nanoTime()).as("waiting for /health; last answer %s", health).isLessThan(deadline);
      Thread.sleep(50);
      health = health();
    }
    return health;
  }
}
