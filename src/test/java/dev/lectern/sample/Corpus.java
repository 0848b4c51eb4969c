package dev.lectern.sample;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixture corpus, referenced in place: its files' licences do not allow copying them here. */
public final class Corpus {
  private Corpus() {}

  public static Path root() {
    return Path.of(System.getProperty("lectern.corpus", "../shared/corpus")).toAbsolutePath().normalize();
  }

  /** A corpus file; skips the calling test visibly when the corpus (or that file) is absent. */
  public static Path file(String relative) {
    Path root = root();
    assumeTrue(Files.isDirectory(root), "shared corpus not found at " + root + "; skipping");
    Path file = root.resolve(relative);
    assumeTrue(Files.exists(file), "corpus file not found at " + file + "; skipping");
    return file;
  }

  public static Path tika(String relative) {
    return file("edge-cases/apache-tika/" + relative);
  }
}
