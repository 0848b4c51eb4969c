package dev.lectern.extract;

import dev.lectern.model.Extraction;
import java.nio.file.Path;

/**
 * Turns one file into pages, notes, metadata and a status. The one narrow door between Lectern and
 * Tika: no Tika type crosses it, so the implementation can move into a child process without the
 * rest of Lectern noticing. Implementations never throw for a bad file; they return a status.
 */
public interface Extractor extends AutoCloseable {

  /**
   * The text pass: the file's text layer, with the pages that need OCR marked (see
   * {@link Extraction#waitsForOcr()}) but not yet read, so the file is searchable fast.
   */
  Extraction extract(Path file);

  /**
   * The OCR pass: {@code extraction} of {@code file} with its waiting pages read from their images;
   * {@code pageDone} is told after each page. Never an exception: pages that cannot be read leave the
   * file {@code needs-ocr} with the reason. This default has no OCR and returns it unchanged.
   */
  default Extraction recognise(Path file, Extraction extraction, Runnable pageDone) {
    return extraction;
  }

  /**
   * A batch of files is coming, at most {@code parsers} of them parsed at once: start now whatever is
   * slow to start, so that it overlaps the caller's own preparation (scanning, hashing). The default
   * has nothing to start.
   */
  default void warmUp(int parsers) {}

  @Override
  default void close() {}
}
