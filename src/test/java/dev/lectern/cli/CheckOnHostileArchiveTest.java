package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Lectern;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern check} on an archive holding a pipe and a 3 GB file named like metadata: a report, never a stack trace. */
class CheckOnHostileArchiveTest {
  @TempDir Path temp;

  @Test
  void checkReportsAndNeverDiesWithAStackTrace() throws Exception {
    Path archive = temp.resolve("archive");
    Path talk = Files.createDirectories(archive.resolve("2024-08-15-pytorch-shanghai/compile"));
    Files.writeString(talk.resolve("compile.md"), "# torch.compile in depth");
    Path meetup = Files.createDirectories(archive.resolve("2024-09-01-rust-berlin"));
    Files.writeString(meetup.resolve("ownership.md"), "# ownership");
    String[] where = {"--archive", archive.toString(), "--index", temp.resolve("index").toString()};
    assertThat(run("index", "--in-process-extraction", "--no-page-images", "--no-embeddings", where[0], where[1], where[2], where[3]))
        .isZero();

    assertThat(new ProcessBuilder("mkfifo", talk.resolve("talk.json").toString()).start().waitFor()).isZero();
    try (RandomAccessFile huge = new RandomAccessFile(meetup.resolve("meetup.json").toFile(), "rw")) {
      huge.setLength(3L << 30); // sparse: 3 GB to read, nothing on disk
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = CompletableFuture.supplyAsync(() -> new Lectern(print(out), print(err), Map.of())
        .run(new String[] {"check", where[0], where[1], where[2], where[3]})).get(60, TimeUnit.SECONDS);
    String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(said).isIn(0, 1);
    assertThat(said).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
  }

  private int run(String... args) {
    return new Lectern(print(new ByteArrayOutputStream()), print(new ByteArrayOutputStream()), Map.of()).run(args);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
