package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive lives on a 2 MB tmpfs. With the disk full an upload answers 507 and leaves nothing
 * behind; once space is freed the same upload succeeds. Needs root (mount); skips visibly otherwise.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DiskFullIT {
  @Test
  void aFullDiskAnswers507LeavesNothingAndRecoversWhenSpaceReturns(@TempDir Path temp) throws Exception {
    Path server = temp.resolve("server");
    Path archive = server.resolve("archive");
    Files.createDirectories(archive);
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", archive.toString()),
        "cannot mount a tmpfs here (needs root); skipping the disk-full test");
    try {
      byte[] notes = notes(600_000);
      try (WritableArchiveServer lectern = new WritableArchiveServer(server, temp.resolve("cache"), 50)) {
        Path filler = archive.resolve("filler.bin");
        fill(filler);
        HttpResponse<String> full = upload(lectern, notes);
        assertThat(full.statusCode()).as(full.body()).isEqualTo(507);
        assertThat(lectern.parse(full).get("error").asText()).contains("disk is full");
        assertThat(leftovers(archive)).as("nothing staged or published stays behind").isEmpty();

        Files.delete(filler);
        HttpResponse<String> retried = upload(lectern, notes);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        JsonNode found = lectern.awaitSearch("Zyzzogeton", r -> r.get("total").asInt() > 0,
            java.time.Duration.ofSeconds(30));
        assertThat(found.get("total").asInt()).isEqualTo(1);
      }
    } finally {
      run("umount", "-l", archive.toString());
    }
  }

  private static HttpResponse<String> upload(WritableArchiveServer lectern, byte[] notes) throws Exception {
    return lectern.upload("/api/talks", new MultipartBody()
        .field("title", "Zyzzogeton field notes")
        .field("meetup", "2024-08-15-pytorch-shanghai")
        .file("file", "zyzzogeton.md", "text/markdown", notes));
  }

  /** Markdown of random words, so it does not compress away and is unlike anything archived. */
  private static byte[] notes(int size) {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder("# Zyzzogeton field notes\n\n");
    while (text.length() < size) {
      for (int i = 0; i < 6 + random.nextInt(6); i++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(random.nextInt(12) == 0 ? "\n" : " ");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Leaves less room on the tmpfs than the upload needs. */
  private static void fill(Path filler) throws IOException {
    long free = Files.getFileStore(filler.getParent()).getUsableSpace();
    byte[] block = new byte[4096];
    try (var out = Files.newOutputStream(filler)) {
      for (long written = 0; written < free - 100_000; written += block.length) {
        out.write(block);
      }
    }
  }

  private static List<Path> leftovers(Path archive) throws IOException {
    try (Stream<Path> files = Files.walk(archive)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".upload")
          || p.getFileName().toString().startsWith("zyzzogeton")).toList();
    }
  }

  private static boolean run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
  }
}
