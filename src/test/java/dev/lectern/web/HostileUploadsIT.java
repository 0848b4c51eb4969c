package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.sample.Fixtures;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests an attacker (or an unlucky browser) would send, against a real server whose upload limit
 * is 1 MB; after each, nothing may be left behind: no temporary file, nothing outside the archive,
 * nothing in the archive that should not be there.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileUploadsIT {
  private static final String MEETUP = "2024-08-15-pytorch-shanghai";

  @TempDir static Path extractionCache;
  @TempDir Path root;
  private WritableArchiveServer server;

  @BeforeEach
  void start() throws Exception {
    server = new WritableArchiveServer(root, extractionCache, 1);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private List<String> everything() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
          .filter(p -> !p.startsWith("index/lucene") && !p.equals("index/audit.jsonl")).sorted().toList();
    }
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(p -> root.relativize(p).toString())
          .filter(p -> p.contains(".upload-") || p.startsWith("index/upload-tmp/")).toList();
    }
  }

  /**
   * Jetty deletes a refused request's spooled parts as the request completes, which may be just after
   * the client has its answer: waits until none is left (or ten seconds), then tells what is.
   */
  private List<String> leftoversOnceSettled() throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    List<String> left = leftovers();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      left = leftovers();
    }
    return left;
  }

  private MultipartBody form(String title) {
    return new MultipartBody().field("title", title).field("meetup", MEETUP);
  }

  /** Sends and returns the status; a server that stops reading may reset the connection instead. */
  private int status(MultipartBody body) throws Exception {
    try {
      HttpResponse<String> response = server.upload("/api/talks", body);
      if (response.statusCode() >= 400) {
        assertThat(server.parse(response).path("error").asText()).as(response.body()).isNotEmpty();
      }
      return response.statusCode();
    } catch (IOException reset) {
      return -1;
    }
  }

  @Test
  void aFileOverTheLimitIs413AndLeavesNothing() throws Exception {
    List<String> before = everything();
    byte[] big = Fixtures.pdfBytes("big");
    byte[] padded = java.util.Arrays.copyOf(big, 3 * 1024 * 1024); // a PDF with 3 MB of trailing zeros

    int status = status(form("Too big").file("file", "big.pdf", "application/pdf", padded));

    assertThat(status).isEqualTo(413);
    assertThat(leftoversOnceSettled()).isEmpty();
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aFileJustUnderTheRequestLimitButOverTheFileLimitIs413() throws Exception {
    byte[] padded = java.util.Arrays.copyOf(Fixtures.pdfBytes("big"), 1024 * 1024 + 4096);
    int status = status(form("Slightly big").file("file", "big.pdf", "application/pdf", padded));
    assertThat(status).isEqualTo(413);
    assertThat(leftoversOnceSettled()).isEmpty();
  }

  @Test
  void twentyOneFilesAre413() throws Exception {
    List<String> before = everything();
    MultipartBody body = form("Many");
    for (int i = 0; i < 21; i++) {
      body.file("file", "n" + i + ".md", "text/markdown", ("# note " + i).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(status(body)).isEqualTo(413);
    assertThat(leftoversOnceSettled()).isEmpty();
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aThousandFieldsAre413() throws Exception {
    MultipartBody body = form("Fields");
    for (int i = 0; i < 1000; i++) {
      body.field("speaker", "Speaker " + i);
    }
    body.file("file", "a.md", "text/markdown", "# fields".getBytes(StandardCharsets.UTF_8));
    assertThat(status(body)).isEqualTo(413);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anExecutableNamedPdfIs415() throws Exception {
    List<String> before = everything();
    byte[] elf = Files.readAllBytes(Path.of("/bin/true").toRealPath());
    byte[] pe = new byte[512];
    pe[0] = 'M';
    pe[1] = 'Z';
    assertThat(status(form("Exe").file("file", "deck.pdf", "application/pdf", elf))).isEqualTo(415);
    assertThat(status(form("Exe").file("file", "deck.pdf", "application/pdf", pe))).isEqualTo(415);
    assertThat(status(form("Svg").file("file", "deck.pdf", "application/pdf",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(415);
    assertThat(leftovers()).isEmpty();
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void textWhoseNameIsNoListedFormatIs415() throws Exception {
    List<String> before = everything();
    byte[] words = "program output, not notes".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused = server.upload("/api/talks", form("Output").file("file", "run.out", "text/plain", words));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(415);
    assertThat(server.parse(refused).path("error").asText()).contains("'run.out'").contains(".pdf").contains(".md");
    assertThat(leftovers()).isEmpty();
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void hostileFileNamesStayInsideTheTalkFolder() throws Exception {
    List<String> names = List.of("../../escape1.md", "/etc/escape2.md", "a.pdf%00.exe.md", "..\\\\..\\\\escape3.md",
        "evil\u202Egpj.md", ".hidden.md", "x".repeat(300) + ".md");
    MultipartBody body = form("Hostile names");
    for (int i = 0; i < names.size(); i++) {
      body.file("file", names.get(i), "text/markdown", ("# hostile " + i).getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = server.upload("/api/talks", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

    Path folder = server.archive.resolve(MEETUP).resolve("hostile-names");
    List<String> stored;
    try (Stream<Path> files = Files.list(folder)) {
      stored = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(stored).hasSize(names.size() + 1).contains("talk.json", "escape1.md", "escape2.md", "escape3.md",
        "a.pdf_00.exe.md");
    assertThat(stored).allSatisfy(name -> {
      assertThat(name).doesNotStartWith(".").doesNotContain("/", "\\\\", "\u202E", "\0");
      assertThat(name.length()).isLessThanOrEqualTo(120);
    });
    try (Stream<Path> all = Files.walk(root)) {
      assertThat(all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("escape")).count())
          .isEqualTo(3);
    }
    assertThat(root.getParent().resolve("escape1.md")).doesNotExist();
    assertThat(Path.of("/etc/escape2.md")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void downloadsOfUploadsAreNeverServedInline() throws Exception {
    byte[] html = "<html><body><script>alert(1)</script>pangolinology</body></html>".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> created = server.upload("/api/talks", form("Html notes").file("file", "notes.html",
        "text/html", html));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = server.parse(created).path("id").asText();
    server.awaitSearch("pangolinology", r -> WritableArchiveServer.hasTalk(r, id), Duration.ofSeconds(30));

    HttpResponse<String> download = server.get("/api/talks/" + id + "/files/1");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
    assertThat(download.headers().firstValue("Content-Type")).get().asString().startsWith("application/octet-stream");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void aFileCopiedByHandIsSearchableWithinSecondsAndGoneWhenRemoved() throws Exception {
    Path folder = server.archive.resolve(MEETUP).resolve("06-hand-copied");
    Files.createDirectories(folder);
    long start = System.nanoTime();
    Files.write(folder.resolve("axolotl.pdf"), Fixtures.pdfBytes("hand copied axolotlology"));
    JsonNode found = server.awaitSearch("axolotlology", r -> r.path("total").asInt() > 0, Duration.ofSeconds(20));
    long appeared = System.nanoTime();
    assertThat(found.path("total").asInt()).as(found.toPrettyString()).isPositive();

    Files.delete(folder.resolve("axolotl.pdf"));
    long removed = System.nanoTime();
    JsonNode gone = server.awaitSearch("axolotlology", r -> r.path("total").asInt() == 0, Duration.ofSeconds(20));
    long disappeared = System.nanoTime();
    System.out.printf("watcher: searchable %d ms after the copy, gone %d ms after the delete%n",
        (appeared - start) / 1_000_000, (disappeared - removed) / 1_000_000);
    assertThat(gone.path("total").asInt()).as(gone.toPrettyString()).isZero();
  }
}
