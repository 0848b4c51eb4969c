package dev.lectern.index;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the index for writing after making sure it is whole. Every file's checksum is verified
 * (Lucene's {@code checkIntegrity}, a sequential read of the index: fast next to a rebuild), under
 * the write lock so a running server's merges cannot look like damage. A damaged index is moved aside
 * to {@code lucene.corrupt-<timestamp>} and a new one started; the reconciler then rebuilds it from
 * the archive, and the extraction cache means no file is parsed again. Serving partial results from a
 * broken index would be worse than a short rebuild.
 */
public final class IndexRecovery {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final PrintStream out;
  private final Clock clock;

  public IndexRecovery(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  public SlideIndex openForWriting(Path dir, JsonCodec json) {
    String damage = damage(dir);
    if (damage != null) {
      Path aside = dir.resolveSibling(dir.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
      try {
        Files.move(dir, aside);
      } catch (IOException e) {
        throw new UncheckedIOException("index " + dir + " is damaged (" + damage + ") and cannot be moved aside: "
            + e.getMessage(), e);
      }
      out.printf("index %s is damaged (%s); moved it to %s and rebuilding from the archive%n", dir, damage, aside);
      out.flush();
    }
    return SlideIndex.openForWriting(dir, json);
  }

  /** What is wrong with the index at {@code dir}, or null when it is whole or absent. */
  String damage(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      Lock lock;
      try {
        lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException(dir.resolve(IndexWriter.WRITE_LOCK_NAME), e);
      }
      try (lock) {
        if (!DirectoryReader.indexExists(directory)) {
          return null;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          for (LeafReaderContext leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
          }
        }
        return null;
      } catch (IOException | RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        String damage = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return damage.length() <= 200 ? damage : damage.substring(0, 200) + "…";
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }
}
