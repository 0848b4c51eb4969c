package dev.lectern.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Page images stored by content hash under the index folder:
 * {@code <dir>/ab/abcdef…/<n>.png} (thumbnail) and {@code <n>-large.png} (slide viewer), plus a
 * count file written last, so a file that has no images (a notes document, a deck that could not be
 * drawn) is not drawn again either. A hash's folder appears at once or not at all: it is written
 * aside and moved into place.
 */
public final class ThumbnailStore {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  /**
   * Named for the layout: folders of the thumbnail-only layout (count file {@code pages}) have no
   * large images, so they count as not drawn and are drawn again once.
   */
  private static final String COUNT_FILE = "pages-v2";

  private final Path directory;

  public ThumbnailStore(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  /** True when the images of this content were stored (possibly none). */
  public boolean has(String sha256) {
    return Files.isRegularFile(folderOf(sha256).resolve(COUNT_FILE));
  }

  /** The thumbnail PNG of page {@code n} (1-based), when one was stored. */
  public Optional<Path> page(String sha256, int n) {
    return page(sha256, n, false);
  }

  /** The thumbnail or ({@code large}) the large PNG of page {@code n} (1-based), when one was stored. */
  public Optional<Path> page(String sha256, int n, boolean large) {
    if (n < 1 || sha256 == null || !SHA256.matcher(sha256).matches()) {
      return Optional.empty();
    }
    Path file = folderOf(sha256).resolve(n + (large ? "-large.png" : ".png"));
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Stores pages 1..n (null: no image of that page); a concurrent or earlier put of the same content wins and this one is dropped. */
  public void put(String sha256, List<PageImage> pngs) throws IOException {
    Path target = folderOf(sha256);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempDirectory(target.getParent(), sha256.substring(0, 8) + ".tmp");
    try {
      for (int i = 0; i < pngs.size(); i++) {
        if (pngs.get(i) != null) { // a page that could not be drawn has no image
          Files.write(temp.resolve((i + 1) + ".png"), pngs.get(i).thumbnail());
          Files.write(temp.resolve((i + 1) + "-large.png"), pngs.get(i).large());
        }
      }
      Files.writeString(temp.resolve(COUNT_FILE), Integer.toString(pngs.size()), StandardCharsets.US_ASCII);
      if (has(sha256)) {
        return; // another thread stored the same content first: same bytes, keep theirs
      }
      deleteTree(target); // a folder without its count file is a leftover of a crash
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
    } catch (FileSystemException e) {
      if (!has(sha256)) {
        throw e; // not a lost race with an identical put
      }
    } finally {
      deleteTree(temp);
    }
  }

  Path folderOf(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      // The hash becomes a path: anything but 64 hex digits could climb out of the directory.
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, was " + sha256);
    }
    return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
