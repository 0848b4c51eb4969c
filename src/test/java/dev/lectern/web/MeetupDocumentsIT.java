package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.SampleArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A meetup that has no talks yet (only its meetup.json) is listed and has a page. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class MeetupDocumentsIT {
  @Test
  void aMeetupWithoutTalksIsListedWithItsMetadata(@TempDir Path temp) throws Exception {
    Path archive = SampleArchive.copyTo(temp.resolve("archive"));
    Path upcoming = archive.resolve("2025-03-20-pytorch-beijing");
    Files.createDirectories(upcoming);
    Files.writeString(upcoming.resolve("meetup.json"),
        "{\"title\": \"PyTorch Beijing Meetup\", \"date\": \"2025-03-20\", \"city\": \"Beijing\"}");
    try (SampleArchiveServer server = new SampleArchiveServer(archive, temp.resolve("index"))) {
      JsonNode meetups = server.json(server.get("/api/meetups"));
      JsonNode first = meetups.get(0);
      assertThat(first.get("title").asText()).as(meetups.toPrettyString()).isEqualTo("PyTorch Beijing Meetup");
      assertThat(first.get("talkCount").asInt()).isZero();
      JsonNode meetup = server.json(server.get("/api/meetups/" + first.get("id").asText()));
      assertThat(meetup.get("city").asText()).isEqualTo("Beijing");
      assertThat(meetup.get("talks").size()).isZero();

      Files.delete(upcoming.resolve("meetup.json"));
      Files.delete(upcoming);
      server.reconciler().reconcile(dev.lectern.sync.ReconcileListener.NONE);
      assertThat(server.json(server.get("/api/meetups")).size()).isEqualTo(1);
    }
  }
}
