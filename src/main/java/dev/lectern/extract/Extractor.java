package dev.lectern.extract;

import dev.lectern.model.Extraction;
import java.nio.file.Path;

/**
 * Turns one file into pages, notes, metadata and a status. The one narrow door between Lectern and
 * Tika: no Tika type crosses it, so the implementation can move into a child process without the
 * rest of Lectern noticing. Implementations never throw for a bad file; they return a status.
 */
public interface Extractor extends AutoCloseable {

  Extraction extract(Path file);

  @Override
  default void close() {}
}
