package dev.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.SampleArchive;
import dev.lectern.sample.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while organizers' uploads are in flight: every upload that was acknowledged (201) is in
 * the archive and searchable after a restart, none twice; unacknowledged ones are there once or
 * not at all; no staging file survives; and {@code lectern check} agrees with the archive.
 */
// Generous: it waits up to 5 + 2 + 2 + 5 + 2 minutes on conditions of its own.
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class UploadCrashIT {
  private static final Path SAMPLE = Path.of("ingest").toAbsolutePath();
  private static final String MEETUP = "2024-08-15-pytorch-shanghai";
  private static final int CLIENTS = 3;
  private static final int KILL_AFTER_ACKNOWLEDGED = 8;
  private static final int MAX_UPLOADS = 60;

  @TempDir Path temp;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void sigkillDuringUploadsKeepsEveryAcknowledgedUploadOnceAndLeavesNoStagingFiles() throws Exception {
    Path archive = temp.resolve("archive");
    Path index = temp.resolve("index");
    SampleArchive.copyTree(SAMPLE, archive);
    String token = LecternProcess.createToken(index, "crash");
    Map<String, Integer> outcomes = new ConcurrentHashMap<>(); // marker → status, or -1 when the connection died
    try (LecternProcess server = LecternProcess.serve(archive, index)) {
      int port = server.awaitServing();
      server.awaitReady(Duration.ofMinutes(5));
      AtomicInteger next = new AtomicInteger();
      AtomicInteger acknowledged = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        clients.execute(() -> {
          for (int n = next.getAndIncrement(); n < MAX_UPLOADS && server.process().isAlive(); n = next.getAndIncrement()) {
            String marker = marker(n);
            outcomes.put(marker, 0); // sent, no answer yet
            int status = upload(server, port, token, marker);
            outcomes.put(marker, status);
            if (status == 201) {
              acknowledged.incrementAndGet();
            }
          }
        });
      }
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (acknowledged.get() < KILL_AFTER_ACKNOWLEDGED && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      server.process().destroyForcibly(); // SIGKILL with uploads in flight
      server.awaitExit(Duration.ofSeconds(30));
      clients.shutdown();
      assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
    List<String> acked = outcomes.entrySet().stream().filter(e -> e.getValue() == 201).map(Map.Entry::getKey).sorted().toList();
    List<String> unanswered = outcomes.entrySet().stream().filter(e -> e.getValue() != 201).map(Map.Entry::getKey).sorted().toList();
    assertThat(acked).as("uploads acknowledged before the kill: %s", outcomes).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);

    try (LecternProcess server = LecternProcess.serve(archive, index)) {
      int port = server.awaitServing();
      server.awaitReady(Duration.ofMinutes(5));
      // Every talk, by title: a search would fall back to fuzzy matches for a marker that is absent.
      JsonNode all = server.getJson(port, "/api/search?q=&size=100");
      List<String> titles = new ArrayList<>();
      all.get("hits").forEach(hit -> titles.add(hit.at("/talk/title").asText()));
      assertThat(all.get("total").asInt()).as(all.toString()).isEqualTo(titles.size());
      int presentUnanswered = 0;
      for (String marker : acked) {
        assertThat(titles.stream().filter(t -> t.endsWith(" " + marker)))
            .as("acknowledged %s among %s", marker, titles).hasSize(1);
        JsonNode hits = server.getJson(port, "/api/search?q=" + marker);
        assertThat(hits.at("/hits/0/talk/title").asText()).as("search for %s: %s", marker, hits).endsWith(" " + marker);
      }
      for (String marker : unanswered) {
        long copies = titles.stream().filter(t -> t.endsWith(" " + marker)).count();
        assertThat(copies).as("unacknowledged %s among %s", marker, titles).isLessThanOrEqualTo(1);
        presentUnanswered += (int) copies;
      }
      assertThat(titles).as("the sample's talks plus uploads, nothing else").hasSize(5 + acked.size() + presentUnanswered);
      assertThat(stagingLeftovers(archive, index)).as(server.output()).isEmpty();
      System.out.printf("upload crash: %d sent, %d acknowledged, %d acknowledged present once; "
              + "%d unacknowledged (statuses %s), %d of them present once, none twice%n",
          outcomes.size(), acked.size(), acked.size(), unanswered.size(),
          unanswered.stream().map(outcomes::get).toList(), presentUnanswered);
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofSeconds(60))).as(server.output()).isZero();
    }
    try (LecternProcess check = LecternProcess.start("check", "--archive", archive.toString(), "--index", index.toString())) {
      assertThat(check.awaitExit(Duration.ofMinutes(2))).as(check.output()).isZero();
    }
  }

  /** A word no sample deck has, different for each upload: letters only, so no analyzer splits it. */
  private static String marker(int n) {
    return "crashmarker" + (char) ('a' + n / 26) + (char) ('a' + n % 26);
  }

  /** POSTs one new talk with a one-page PDF; the status, or -1 when the connection died. */
  private int upload(LecternProcess server, int port, String token, String marker) {
    try {
      String boundary = "----lectern" + UUID.randomUUID().toString().replace("-", "");
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nCrash upload " + marker + "\r\n");
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"meetup\"\r\n\r\n" + MEETUP + "\r\n");
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + marker
          + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
      body.writeBytes(Fixtures.pdfBytes("Surviving a crash: " + marker));
      write(body, "\r\n--" + boundary + "--\r\n");
      HttpRequest request = LecternProcess.request(port, "/api/talks").header("Authorization", "Bearer " + token)
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
      HttpResponse<String> response = server.send(request);
      if (response.statusCode() == 201) {
        assertThat(json.readTree(response.body()).get("title").asText()).contains(marker);
      }
      return response.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Path> stagingLeftovers(Path archive, Path index) throws IOException {
    List<Path> leftovers = new ArrayList<>();
    try (Stream<Path> files = Files.walk(archive)) {
      files.filter(p -> p.getFileName().toString().startsWith(".upload-")).forEach(leftovers::add);
    }
    Path spool = index.resolve("upload-tmp");
    if (Files.isDirectory(spool)) {
      try (Stream<Path> files = Files.walk(spool)) {
        files.filter(Files::isRegularFile).forEach(leftovers::add);
      }
    }
    return leftovers;
  }

}
