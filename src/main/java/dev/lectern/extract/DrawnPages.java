package dev.lectern.extract;

import dev.lectern.render.PageImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a child draws page images into ({@code <n>.png} and {@code <n>-large.png}), read back
 * and removed by the parent.
 */
final class DrawnPages {
  private static final Logger LOG = LoggerFactory.getLogger(DrawnPages.class);

  private DrawnPages() {}

  /** Writes pages 1..n; a null page gets no files. */
  static void write(Path folder, List<PageImage> pages) throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      PageImage page = pages.get(i);
      if (page != null) {
        Files.write(folder.resolve((i + 1) + ".png"), page.thumbnail());
        Files.write(folder.resolve((i + 1) + "-large.png"), page.large());
      }
    }
  }

  /** Pages 1..count, null where the child drew no image. */
  static List<PageImage> read(Path folder, int count) throws IOException {
    List<PageImage> pages = new ArrayList<>(Math.max(0, count));
    for (int page = 1; page <= count; page++) {
      Path thumbnail = folder.resolve(page + ".png");
      Path large = folder.resolve(page + "-large.png");
      pages.add(Files.isRegularFile(thumbnail) && Files.isRegularFile(large)
          ? new PageImage(Files.readAllBytes(thumbnail), Files.readAllBytes(large)) : null);
    }
    return pages;
  }

  static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      LOG.debug("could not remove {}: {}", folder, e.toString());
    }
  }
}
