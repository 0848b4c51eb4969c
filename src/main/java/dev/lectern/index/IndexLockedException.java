package dev.lectern.index;

import java.nio.file.Path;

/** Another process holds the index's write lock: two writers would corrupt it. */
public final class IndexLockedException extends RuntimeException {
  public IndexLockedException(Path lockFile, Throwable cause) {
    super("the index is in use by another Lectern process (lock file " + lockFile
        + "); stop that process or pass a different --index", cause);
  }
}
