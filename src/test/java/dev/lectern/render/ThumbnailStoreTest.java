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

  /** A page whose thumbnail is {@code b} and whose large image is {@code b, b}. */
  private static PageImage page(int b) {
    return new PageImage(new byte[] {(byte) b}, new byte[] {(byte) b, (byte) b});
  }

  @Test
  void storedPagesAreFoundByHashAndNumber(@TempDir Path dir) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir);
    assertThat(store.has(SHA)).isFalse();
    store.put(SHA, List.of(page(1), page(2)));
    assertThat(store.has(SHA)).isTrue();
    assertThat(Files.readAllBytes(store.page(SHA, 2).orElseThrow())).containsExactly(2);
    assertThat(Files.readAllBytes(store.page(SHA, 2, true).orElseThrow())).as("the large image").containsExactly(2, 2);
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
    store.put(SHA, Arrays.asList(page(1), null, page(3)));
    assertThat(store.page(SHA, 2)).isEmpty();
    assertThat(store.page(SHA, 2, true)).isEmpty();
    assertThat(Files.readAllBytes(store.page(SHA, 3).orElseThrow())).containsExactly(3);
  }

  @Test
  void aSecondPutOfTheSameContentKeepsTheFirst(@TempDir Path dir) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir);
    store.put(SHA, List.of(page(1)));
    store.put(SHA, List.of(page(9)));
    assertThat(Files.readAllBytes(store.page(SHA, 1).orElseThrow())).containsExactly(1);
    try (var files = Files.list(dir.resolve("ab"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temp folders left").containsExactly(SHA);
    }
  }

  @Test
  void aFolderOfTheThumbnailOnlyLayoutIsDrawnAgain(@TempDir Path dir) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir);
    Path old = Files.createDirectories(dir.resolve("ab").resolve(SHA));
    Files.write(old.resolve("1.png"), new byte[] {7});
    Files.writeString(old.resolve("pages"), "1");
    assertThat(store.has(SHA)).as("no large images there yet").isFalse();
    store.put(SHA, List.of(page(1)));
    assertThat(Files.readAllBytes(store.page(SHA, 1).orElseThrow())).containsExactly(1);
    assertThat(store.page(SHA, 1, true)).isPresent();
  }

  @Test
  void hashesThatCouldEscapeTheFolderAreRefused(@TempDir Path dir) {
    ThumbnailStore store = new ThumbnailStore(dir);
    assertThatThrownBy(() -> store.put("../../etc", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 lowercase hex");
    assertThat(store.page("../../etc/passwd", 1)).isEmpty();
  }
}
