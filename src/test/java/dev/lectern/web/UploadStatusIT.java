package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.sample.Fixtures;
import java.nio.charset.StandardCharsets;
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
  @TempDir Path temp;

  @Test
  void statusIsIndexingOnlyUntilTheTalkIsSearchableThenTheRealOutcome() throws Exception {
    try (GatedWritesServer server = new GatedWritesServer(temp)) {
      JsonNode created = server.upload("Quillwort spectroscopy", "quillwort.pdf",
          Fixtures.pdfBytes("Quillwort spectroscopy for beginners"));
      assertThat(created.path("status").asText()).as(created.toString()).isEqualTo("indexing");
      String id = created.path("id").asText();

      JsonNode settled = awaitSettled(server, id);
      assertThat(settled.path("status").asText()).as(settled.toString()).isEqualTo("ok");
      assertThat(settled.at("/files/0/status").asText()).isEqualTo("ok");
      assertThat(settled.at("/files/0/pages").asInt()).isEqualTo(1);
      JsonNode found = server.get("/api/search?q=" + GatedWritesServer.encode("quillwort"));
      assertThat(found.at("/hits/0/talk/id").asText()).as("searchable once the status says so: " + found)
          .isEqualTo(id);
      assertThat(server.images.opened()).as("page images were still held back").isFalse();
      server.images.open(); // the next upload's pass starts once this one has drawn its images

      JsonNode broken = server.upload("Broken deck", "broken.pdf",
          "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage".getBytes(StandardCharsets.US_ASCII));
      assertThat(broken.path("status").asText()).as(broken.toString()).isEqualTo("indexing");
      JsonNode failed = awaitSettled(server, broken.path("id").asText());
      assertThat(failed.at("/files/0/status").asText()).as(failed.toString()).isIn("failed", "empty");
      assertThat(failed.path("status").asText()).isNotEqualTo("indexing");
    }
  }

  /** Polls the talk as the upload page does until it no longer says "indexing". */
  private static JsonNode awaitSettled(GatedWritesServer server, String id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    JsonNode talk = server.get("/api/talks/" + GatedWritesServer.encode(id));
    while (talk.path("status").asText().equals("indexing")) {
      assertThat(System.nanoTime()).as("still indexing: %s", talk).isLessThan(deadline);
      Thread.sleep(50);
      talk = server.get("/api/talks/" + GatedWritesServer.encode(id));
    }
    return talk;
  }
}
