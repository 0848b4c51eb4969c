package dev.lectern.web;

import static dev.lectern.web.GatedWritesServer.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.sample.Fixtures;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organizer's edit is searchable while a long reconciliation runs: the real renderer is held at
 * a gate, so the pass that indexed an upload stays in its page-image phase for as long as the test
 * wants, and a title edit and a meetup rename made meanwhile must reach search before it ends. Once
 * the gate opens, the reconciliation the edits also requested runs, and leaves them as they are.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class EditDuringLongPassIT {
  @TempDir Path temp;

  @Test
  void aTitleEditAndAMeetupRenameAreSearchableWhileAPassDrawsPageImages() throws Exception {
    try (GatedWritesServer server = new GatedWritesServer(temp)) {
      JsonNode created = server.upload("Quillwort spectroscopy", "quillwort.pdf",
          Fixtures.pdfBytes("Quillwort spectroscopy for beginners"));
      String id = created.path("id").asText();
      String meetupId = created.at("/meetup/id").asText();
      await(server, "/api/search?mode=lexical&q=quillwort", r -> id.equals(r.at("/hits/0/talk/id").asText()));
      assertThat(server.images.opened()).isFalse();

      JsonNode edited = server.send("PATCH", "/api/talks/" + encode(id), "{\"title\":\"Hornwort phylogenetics\"}");
      assertThat(edited.path("title").asText()).isEqualTo("Hornwort phylogenetics");
      JsonNode found = await(server, "/api/search?mode=lexical&q=" + encode("title:hornwort"),
          r -> id.equals(r.at("/hits/0/talk/id").asText()));
      assertThat(found.at("/hits/0/talk/title").asText()).isEqualTo("Hornwort phylogenetics");
      server.send("PATCH", "/api/meetups/" + encode(meetupId), "{\"title\":\"Bryophyte Evening\"}");
      JsonNode renamed = await(server, "/api/search?mode=lexical&q=hornwort",
          r -> r.at("/hits/0/talk/meetup/title").asText().equals("Bryophyte Evening"));
      assertThat(renamed.at("/hits/0/talk/title").asText()).isEqualTo("Hornwort phylogenetics");
      assertThat(server.images.opened()).as("the long pass was still drawing page images").isFalse();
      assertThat(server.scheduler.completed()).as("no reconciliation has finished: the upload's still runs").isZero();

      server.images.open();
      assertThat(server.scheduler.awaitIdle(120_000)).isTrue();
      JsonNode after = server.get("/api/talks/" + encode(id));
      assertThat(after.path("title").asText()).as("the reconciliation keeps the edit").isEqualTo("Hornwort phylogenetics");
      assertThat(after.at("/meetup/title").asText()).isEqualTo("Bryophyte Evening");
      assertThat(after.path("status").asText()).isEqualTo("ok");
    }
  }

  /** Polls until the answer meets the condition; two minutes is far beyond a refresh of one talk. */
  private static JsonNode await(GatedWritesServer server, String path, Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    JsonNode answer = server.get(path);
    while (!condition.test(answer)) {
      assertThat(System.nanoTime()).as("%s never met the condition: %s", path, answer).isLessThan(deadline);
      Thread.sleep(50);
      answer = server.get(path);
    }
    return answer;
  }
}
