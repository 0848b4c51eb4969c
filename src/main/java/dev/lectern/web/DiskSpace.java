package dev.lectern.web;

import java.nio.file.FileSystemException;

/**
 * Recognises a write that failed because the disk is full, wherever in the cause chain it surfaced.
 * Such a failure is the client's to retry later (507), not a server bug (500); the writers already
 * remove what they staged, so nothing partial stays behind.
 */
final class DiskSpace {
  private DiskSpace() {}

  static boolean exhausted(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
      if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
        return true;
      }
    }
    return false;
  }
}
