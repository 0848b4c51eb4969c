package dev.lectern.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The folder a child draws page images into ({@code <n>.png}), read back and removed by the parent. */
final class DrawnPages {
  private static final Logger LOG = LoggerFactory.getLogger(DrawnPages.class);

  private DrawnPages() {}

  /** Pages 1..count, null where the child drew no image. */
  static List<byte[]> read(Path folder, int count) throws IOException {
    List<byte[]> pngs = new ArrayList<>(Math.max(0, count));
    for (int page = 1; page <= count; page++) {
      Path png = folder.resolve(page + ".png");
      pngs.add(Files.isRegularFile(png) ? Files.readAllBytes(png) : null);
    }
    return pngs;
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
