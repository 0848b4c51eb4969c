package dev.lectern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample archive shipped in ingest/, and writable copies of it (or of any folder) for tests. */
public final class SampleArchive {
  public static final Path PATH = Path.of("ingest").toAbsolutePath();

  private SampleArchive() {}

  /** A writable copy of the sample archive at {@code target}. */
  public static Path copyTo(Path target) throws IOException {
    return copyTree(PATH, target);
  }

  /** Copies a folder tree; {@code target} is created. */
  public static Path copyTree(Path from, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return target;
  }
}
