package dev.lectern.ops;

import static dev.lectern.sample.SystemsNightArchive.CHINESE_QUESTION;
import static dev.lectern.sample.SystemsNightArchive.hitIds;
import static dev.lectern.sample.SystemsNightArchive.CUDA;
import static dev.lectern.sample.SystemsNightArchive.METAL;
import static dev.lectern.sample.SystemsNightArchive.TRANSACTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.sample.SystemsNightArchive;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server with the real embedding model, over four small English decks: text search
 * answers after the text pass, then a Chinese question finds the English talk on its topic by meaning
 * (no word in common), and related talks are found by meaning; and a model that cannot load leaves
 * search and related talks by words working, with {@code /health} saying why. What the server says
 * while the model loads is held still and checked in-process by {@code ServerEmbeddingsIT}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class EmbeddingServerIT {
  /** What these tests are about needs neither page images nor the extraction children. */
  private static final String[] FAST = {"--no-page-images", "--in-process-extraction"};

  @TempDir
  Path temp;

  @Test
  void wordsAnswerFirstThenMeaningFindsTheTalkAcrossLanguages() throws Exception {
    Path archive = archive();
    Path index = temp.resolve("index");
    try (LecternProcess server = LecternProcess.serveWithEmbeddings(archive, index, FAST)) {
      int port = server.awaitServing();
      server.awaitReady(Duration.ofMinutes(3));
      // Text is searchable as soon as the text pass is done, whatever the embedding pass is doing.
      assertThat(hitIds(server.getJson(port, "/api/search?q=snapshot"))).first().isEqualTo(TRANSACTIONS);
      assertThat(server.getJson(port, "/health").has("pendingEmbeddings")).isTrue();

      JsonNode health = awaitHealth(server, port, h -> h.get("semantic").asText().equals("ready"));
      assertThat(health.get("pendingEmbeddings").asInt()).isZero();
      assertThat(health.has("warnings")).as(health.toString()).isFalse();
      List<String> hybrid = hitIds(server.getJson(port, "/api/search?q=" + encode(CHINESE_QUESTION)));
      assertThat(hybrid).as(server.output()).first().isEqualTo(TRANSACTIONS);
      // By meaning alone, not through the glossary that lexical search applies to Chinese words.
      assertThat(hitIds(server.getJson(port, "/api/search?mode=semantic&q=" + encode(CHINESE_QUESTION))))
          .first().isEqualTo(TRANSACTIONS);
      assertThat(server.get(port, "/api/search?mode=fuzzy&q=x").statusCode()).isEqualTo(400);
      // Related talks by meaning once the slides are embedded: GPU programming on a Mac, not the talk itself.
      List<String> related = talks(server.getJson(port, "/api/talks/" + CUDA + "/related"));
      assertThat(related).as(server.output()).first().isEqualTo(METAL);
      assertThat(related).doesNotContain(CUDA);
      assertThat(Files.list(index.resolve("native")).map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("onnxruntime-"));
    }
  }

  @Test
  void aModelThatCannotLoadLeavesSearchByWordsWithAWarning() throws Exception {
    Path archive = archive();
    Path index = Files.createDirectories(temp.resolve("broken"));
    Files.writeString(index.resolve("native"), "a file where the native libraries' folder should be");
    try (LecternProcess server = LecternProcess.serveWithEmbeddings(archive, index, FAST)) {
      int port = server.awaitServing();
      server.awaitReady(Duration.ofMinutes(3));
      JsonNode health = awaitHealth(server, port, h -> h.get("semantic").asText().equals("failed"));
      assertThat(health.get("warnings").toString()).contains("could not be loaded", "--no-embeddings");
      assertThat(hitIds(server.getJson(port, "/api/search?q=snapshot"))).first().isEqualTo(TRANSACTIONS);
      assertThat(server.get(port, "/api/search?q=" + encode(CHINESE_QUESTION)).statusCode()).isEqualTo(200);
      // Without vectors, related talks come from the words, and never the talk itself.
      assertThat(talks(server.getJson(port, "/api/talks/" + CUDA + "/related"))).doesNotContain(CUDA);
    }
  }

  private Path archive() throws IOException {
    return SystemsNightArchive.write(temp);
  }

  /** Polls /health until it satisfies the condition (the model loads and embeds in the background). */
  private static JsonNode awaitHealth(LecternProcess server, int port, Predicate<JsonNode> wanted) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    JsonNode health = server.getJson(port, "/health");
    while (!wanted.test(health)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("health never got there: " + health + "; " + server.output());
      }
      Thread.sleep(100);
      health = server.getJson(port, "/health");
    }
    return health;
  }


  private static List<String> talks(JsonNode related) {
    List<String> ids = new ArrayList<>();
    related.get("talks").forEach(talk -> ids.add(talk.get("id").asText()));
    return ids;
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
