package dev.lectern.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
  @Test
  void replacesTheFileAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("sub/talk.json");
    AtomicWrite.replace(target, ".t-", out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
    AtomicWrite.replace(target, ".t-", out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("new");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aBodyThatFailsLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("talk.json");
    Files.writeString(target, "kept");

    assertThatThrownBy(() -> AtomicWrite.replace(target, ".t-", out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk gone");
    })).hasMessage("disk gone");

    assertThat(target).hasContent("kept");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void theNewFileHasTheFolderDefaultPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
    Path plain = Files.writeString(dir.resolve("plain"), "x");
    Path target = dir.resolve("talk.json");
    AtomicWrite.replace(target, ".t-", out -> out.write('x'));

    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
  }
}
