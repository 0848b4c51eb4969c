package dev.lectern.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that a reader sees the old bytes or the new ones, never a part, even after a
 * power cut: the bytes go to a temporary file beside the target, are forced to disk, and are renamed
 * over the target in one step. The archive's metadata, the extraction cache and the embedding cache
 * all write this way; the archive also forces the folder afterwards, so that the rename itself lasts.
 */
public final class AtomicWrite {
  /** What goes into the file; the stream is flushed, forced and closed by {@link #replace}. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicWrite() {
  }

  /**
   * Writes {@code body} to a temporary file named {@code tempPrefix} + a random suffix beside
   * {@code target} (a reader that skips that prefix never sees it), forces it and renames it over the
   * target. The temporary file is gone afterwards whatever happens.
   */
  public static void replace(Path target, String tempPrefix, Body body) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // CREATE_NEW with a random name, not Files.createTempFile: that one makes the file owner-only,
    // and an archive's talk.json must keep the permissions every other file there has.
    Path temp = folder.resolve(tempPrefix + UUID.randomUUID().toString().replace("-", "") + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        body.writeTo(out);
        out.flush();
        // The rename must never point at data still in the page cache.
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
