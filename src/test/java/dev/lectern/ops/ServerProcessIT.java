package dev.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.archive.ArchiveScanner;
import dev.lectern.archive.ArchiveTalk;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar as a process, treated roughly: SIGKILL in the middle of a bulk index, SIGTERM, a
 * second server on the same index, and an index with a damaged segment file.
 */
// Generous: its slowest test waits up to 10 + 20 + 2 + 2 minutes on conditions of its own.
@Timeout(value = 40, unit = TimeUnit.MINUTES)
class ServerProcessIT {
  private static final Path SAMPLE = Path.of("ingest").toAbsolutePath();
  private static final Path CORPUS_MEETUPS =
      Path.of(System.getProperty("lectern.corpus", "../shared/corpus")).resolve("meetups").toAbsolutePath();

  @TempDir Path temp;

  @Test
  void sigtermDrainsCommitsAndExitsZero() throws Exception {
    try (LecternProcess server = LecternProcess.serve(SAMPLE, temp.resolve("index"))) {
      int port = server.awaitServing();
      server.awaitReady(Duration.ofMinutes(5));
      assertThat(server.getJson(port, "/health").get("talks").asInt()).isEqualTo(5);
      server.process().destroy(); // SIGTERM
      assertThat(server.awaitExit(Duration.ofSeconds(60))).as(server.output()).isZero();
      server.awaitLine(l -> l.equals("lectern: stopped; index committed"), Duration.ofSeconds(5));
    }
  }

  @Test
  void aSecondServerOnTheSameIndexExitsAtOnceNamingTheLock() throws Exception {
    Path index = temp.resolve("index");
    try (LecternProcess first = LecternProcess.serve(SAMPLE, index)) {
      first.awaitServing();
      try (LecternProcess second = LecternProcess.serve(SAMPLE, index)) {
        assertThat(second.awaitExit(Duration.ofSeconds(60))).as(second.output()).isEqualTo(2);
        assertThat(String.join("\n", second.stderr())).as(second.output())
            .contains("in use by another Lectern process").contains("write.lock");
      }
      first.process().destroy();
      assertThat(first.awaitExit(Duration.ofSeconds(60))).as(first.output()).isZero();
    }
  }

  @Test
  void aDamagedIndexIsMovedAsideAndRebuiltFromTheArchive() throws Exception {
    Path index = temp.resolve("index");
    try (LecternProcess server = LecternProcess.serve(SAMPLE, index)) {
      server.awaitServing();
      server.awaitReady(Duration.ofMinutes(5));
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofSeconds(60))).as(server.output()).isZero();
    }
    Path largest;
    try (Stream<Path> files = Files.list(index.resolve("lucene"))) {
      largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(ServerProcessIT::size)).orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }
    try (LecternProcess server = LecternProcess.serve(SAMPLE, index)) {
      int port = server.awaitServing();
      String notice = server.awaitLine(l -> l.contains("is damaged"), Duration.ofSeconds(5));
      assertThat(notice).contains("moved it to").contains("lucene.corrupt-");
      server.awaitReady(Duration.ofMinutes(5));
      assertThat(server.getJson(port, "/health").get("talks").asInt()).as(server.output()).isEqualTo(5);
      JsonNode hits = server.getJson(port, "/api/search?q=PrivateUse1");
      assertThat(hits.get("total").asInt()).as(hits.toString()).isPositive();
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofSeconds(60))).as(server.output()).isZero();
    }
    try (Stream<Path> siblings = Files.list(index)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("lucene.corrupt-"));
    }
  }

  /**
   * The corpus runs check that the text pass survives SIGKILL and SIGTERM; OCR and page images are
   * checked by OcrIndexIT and PageImageIsolationIT and would only add minutes of CPU here.
   */
  private static final String[] TEXT_ONLY = {"--ocr", "off", "--no-page-images"};

  @Test
  void sigkillDuringABulkIndexLosesNothingAndDuplicatesNothing() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS_MEETUPS), "shared corpus not found at " + CORPUS_MEETUPS + "; skipping");
    List<ArchiveTalk> talks = new ArchiveScanner(CORPUS_MEETUPS).scan().talks();
    Path index = temp.resolve("index");
    boolean killedMidway;
    try (LecternProcess server = LecternProcess.serve(CORPUS_MEETUPS, index, TEXT_ONLY)) {
      int port = server.awaitServing();
      int indexed = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (indexed == 0 && System.nanoTime() < deadline && server.process().isAlive()) {
        Thread.sleep(500);
        indexed = server.getJson(port, "/health").get("talks").asInt();
      }
      killedMidway = !"ready".equals(server.getJson(port, "/health").path("state").asText());
      List<ProcessHandle> children = server.process().toHandle().children().toList();
      server.process().destroyForcibly(); // SIGKILL
      server.awaitExit(Duration.ofSeconds(30));
      System.out.printf("SIGKILL with %d of %d talks committed (%d extraction children)%n",
          indexed, talks.size(), children.size());
      for (ProcessHandle child : children) {
        // Orphaned extraction children notice their parent is gone and exit.
        child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    }
    try (LecternProcess server = LecternProcess.serve(CORPUS_MEETUPS, index, TEXT_ONLY)) {
      int port = server.awaitServing();
      // What is checked here is text: the page images and OCR passes after it are not waited for.
      server.awaitSearchable(Duration.ofMinutes(20));
      assertEveryFileInExactlyOneTalk(server, port, talks);
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofSeconds(120))).as(server.output()).isZero();
    }
    System.out.println(killedMidway ? "killed midway through the first run" : "first run finished before the kill");
  }

  @Test
  void sigtermDuringABulkIndexExitsZeroAndLeavesUnfinishedWorkForTheNextStart() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS_MEETUPS), "shared corpus not found at " + CORPUS_MEETUPS + "; skipping");
    List<ArchiveTalk> talks = new ArchiveScanner(CORPUS_MEETUPS).scan().talks();
    Path index = temp.resolve("index");
    try (LecternProcess server = LecternProcess.serve(CORPUS_MEETUPS, index, TEXT_ONLY)) {
      server.awaitServing();
      server.awaitLine(l -> l.startsWith("[3/"), Duration.ofMinutes(10));
      server.process().destroy(); // SIGTERM while files are being extracted
      assertThat(server.awaitExit(Duration.ofSeconds(120))).as(server.output()).isZero();
      server.awaitLine(l -> l.equals("lectern: stopped; index committed"), Duration.ofSeconds(5));
    }
    try (LecternProcess server = LecternProcess.serve(CORPUS_MEETUPS, index, TEXT_ONLY)) {
      int port = server.awaitServing();
      server.awaitSearchable(Duration.ofMinutes(20));
      assertEveryFileInExactlyOneTalk(server, port, talks);
      // A file cut off by the shutdown is extracted afresh, not remembered as a crash.
      assertThat(server.stdout()).as(server.output()).filteredOn(l -> l.matches("\\[\\d+/\\d+\\] .*")) // text-pass lines
          .noneMatch(l -> l.contains("crashed") || l.contains("timeout"));
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofSeconds(120))).as(server.output()).isZero();
    }
  }

  /**
   * Nothing lost, nothing twice: every file the archive holds is in exactly one served talk, and the
   * index counts exactly the talks it serves. (Talks are not compared one to one with the scanner's:
   * a deck and its export under another name, two talks to the scanner, are one talk once extracted.)
   */
  private static void assertEveryFileInExactlyOneTalk(LecternProcess server, int port, List<ArchiveTalk> talks)
      throws Exception {
    JsonNode health = server.getJson(port, "/health");
    JsonNode all = server.getJson(port, "/api/search?q=&size=100");
    assertThat(all.get("total").asInt()).as("%s; %s", health, server.output()).isEqualTo(health.get("talks").asInt());
    assertThat(all.get("total").asInt()).as("one page holds every talk").isLessThanOrEqualTo(100);
    List<String> served = new java.util.ArrayList<>();
    for (JsonNode hit : all.get("hits")) {
      String id = URLEncoder.encode(hit.at("/talk/id").asText(), StandardCharsets.UTF_8);
      assertThat(server.get(port, "/api/talks/" + id).statusCode()).as(id).isEqualTo(200);
      hit.at("/talk/files").forEach(f -> served.add(f.get("path").asText()));
    }
    List<String> archived = talks.stream().flatMap(t -> t.files().stream()).toList();
    assertThat(served).as("every file once").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(archived);
    assertThat(health.get("talks").asInt()).as("a join only ever merges talks").isLessThanOrEqualTo(talks.size())
        .isGreaterThan(talks.size() / 2);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
