package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailStoreTest {
  private static final String SHA = "ab" + "0123456789abcdef".repeat(3) + "0123456789abcd";

  @Test
  void storedPagesAreFoundByHashAndNumber(@TempDir Path dir) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir);
    assertThat(store.has(SHA)).isFalse();
    store.put(SHA, List.of(new byte[] {1}, new byte[] {2, 2}));
    assertThat(store.has(SHA)).isTrue();
    assertThat(Files.readAllBytes(store.page(SHA, 2).orElseThrow())).containsExactly(2, 2);
    assertThat(store.page(SHA, 2).orElseThrow()).startsWith(dir.resolve("ab").resolve(SHA));
    assertThat(store.page(SHA, 3)).isEmpty();
    assertThat(store.page(SHA, 0)).isEmpty();
  }

  @Test
  void aFileWithoutImagesIsRememberedAsDrawn(@TempDir Path dir) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir);
    store.put(SHA, List.of());
    assertThat(store.has(SHA)).isTrue();
    assertThat(store.page(SHA, 1)).isEmpty();
  }

  @Test
  void aPageThatCouldNotBeDrawnKeepsTheOthersNumbered(@TempDir Path dir) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir);
    store.put(SHA, Arrays.asList(new byte[] {1}, null, new byte[] {3}));
    assertThat(store.page(SHA, 2)).isEmpty();
    assertThat(Files.readAllBytes(store.page(SHA, 3).orElseThrow())).containsExactly(3);
  }

  @Test
  void aSecondPutOfTheSameContentKeepsTheFirst(@TempDir Path dir) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir);
    store.put(SHA, List.of(new byte[] {1}));
    store.put(SHA, List.of(new byte[] {9}));
    assertThat(Files.readAllBytes(store.page(SHA, 1).orElseThrow())).containsExactly(1);
    try (var files = Files.list(dir.resolve("ab"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temp folders left").containsExactly(SHA);
    }
  }

  @Test
  void hashesThatCouldEscapeTheFolderAreRefused(@TempDir Path dir) {
    ThumbnailStore store = new ThumbnailStore(dir);
    assertThatThrownBy(() -> store.put("../../etc", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 lowercase hex");
    assertThat(store.page("../../etc/passwd", 1)).isEmpty();
  }
}
