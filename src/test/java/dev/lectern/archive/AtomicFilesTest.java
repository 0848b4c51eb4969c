package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;
  private final AtomicFiles atomic = new AtomicFiles();

  @Test
  void aWriteReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("talk.json");
    Files.writeString(target, "old");
    atomic.write(target, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(target).hasContent("new");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("talk.json");
    }
  }

  @Test
  void leftoversOfACrashAreRemovedAndNothingElse() throws Exception {
    Path talk = Files.createDirectories(dir.resolve("2024-01-01-meetup/talk"));
    Files.writeString(talk.resolve("deck.pdf"), "kept");
    Path staged = atomic.stage(new ByteArrayInputStream(new byte[] {1, 2, 3}), talk);
    Path stagingFolder = Files.createDirectory(atomic.tempIn(dir.resolve("2024-01-01-meetup")));
    Files.writeString(stagingFolder.resolve("half.pdf"), "half");

    int removed = atomic.removeLeftovers(dir);

    assertThat(removed).isEqualTo(2);
    assertThat(staged).doesNotExist();
    assertThat(stagingFolder).doesNotExist();
    assertThat(talk.resolve("deck.pdf")).hasContent("kept");
  }
}
