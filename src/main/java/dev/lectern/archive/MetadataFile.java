package dev.lectern.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a small file the archive holds for Lectern ({@code meetup.json}, {@code talk.json}, the
 * glossary) only when it is a regular file under a size limit. A FIFO would block {@code open()}
 * forever and a device or a 3 GB file would exhaust the heap; either is a problem to report, and
 * never a reason for indexing to stop.
 */
public final class MetadataFile {
  /** Far above any hand-written metadata, far below anything that could hurt. */
  public static final int MAX_BYTES = 1024 * 1024;

  private MetadataFile() {}

  public static byte[] read(Path file) throws IOException {
    return read(file, MAX_BYTES);
  }

  /** The file's bytes; an IOException that says why when it is not a regular file or is over {@code maxBytes}. */
  public static byte[] read(Path file, int maxBytes) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new IOException("not a regular file (a pipe, device or folder); ignored");
    }
    if (attributes.size() > maxBytes) {
      throw new IOException("too large (" + attributes.size() + " bytes; at most " + maxBytes + "); ignored");
    }
    // The limit holds even if the file is swapped or grows between the check and the read.
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new IOException("too large (over " + maxBytes + " bytes); ignored");
      }
      return bytes;
    }
  }

}
