package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --read-only}: every write is refused with a JSON 405, even with a valid token, and nothing changes. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ReadOnlyServerIT {
  private static final String MEETUP = "2024-08-15-pytorch-shanghai";
  private static final String TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";

  @TempDir Path root;

  @Test
  void everyWriteWithAValidTokenIsRefusedAndNothingIsWritten() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1, false, true)) {
      Map<String, Integer> before = contents(server.archive);
      MultipartBody upload = new MultipartBody().field("title", "Read only upload").field("meetup", MEETUP)
          .field("speaker", "Ada Quokka").file("file", "a.txt", "text/plain", "quokka readonly".getBytes());

      assertRefused(server, server.upload("/api/talks", upload));
      assertRefused(server, server.upload("/api/talks/" + TALK + "/files", new MultipartBody()
          .file("file", "b.txt", "text/plain", "more".getBytes())));
      assertRefused(server, server.json("PATCH", "/api/talks/" + TALK, "{\"title\": \"Renamed\"}"));
      assertRefused(server, server.send(server.authorized("/api/talks/" + TALK).DELETE().build()));
      assertRefused(server, server.json("POST", "/api/meetups",
          "{\"title\": \"New meetup\", \"date\": \"2025-01-01\"}"));
      assertRefused(server, server.json("PATCH", "/api/meetups/" + MEETUP, "{\"title\": \"Renamed\"}"));

      HttpResponse<String> health = server.get("/health");
      assertThat(server.parse(health).path("readOnly").asBoolean(false)).as(health.body()).isTrue();
      HttpResponse<String> login = server.json("POST", "/api/login", "{\"token\":\"" + server.token + "\"}");
      assertThat(login.statusCode()).as("logging in still works: " + login.body()).isEqualTo(200);
      assertThat(server.search("PrivateUse1").path("hits")).as("reading still works").isNotEmpty();

      assertThat(server.awaitIdle()).isTrue();
      assertThat(contents(server.archive)).as("the archive is untouched").isEqualTo(before);
      JsonNode talk = server.parse(server.get("/api/talks/" + TALK));
      assertThat(talk.path("title").asText()).isNotEqualTo("Renamed");
      JsonNode audit = server.parse(server.send(server.authorized("/api/audit").GET().build()));
      assertThat(audit.toString()).as("no write was audited").doesNotContain("Read only upload", "Renamed", "New meetup");
    }
  }

  private static void assertRefused(WritableArchiveServer server, HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(405);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(server.parse(response).path("error").asText()).contains("read-only");
  }

  /** Every file under the archive with a hash of its bytes. */
  private static Map<String, Integer> contents(Path archive) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(archive)) {
      walk.filter(Files::isRegularFile).forEach(file -> {
        try {
          files.put(archive.relativize(file).toString(), Arrays.hashCode(Files.readAllBytes(file)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return files;
  }
}
