package dev.lectern.archive;

import dev.lectern.io.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes that survive a crash at any point: bytes go to a temporary file in the destination folder
 * (named with {@link #TEMP_PREFIX}, which the archive scanner skips as a dot-file), are forced to
 * disk, renamed over the target in one atomic step, and the folder itself is forced so that the
 * rename is durable. A reader sees the old file or the new one, never a part.
 */
public final class AtomicFiles {
  /** Temporary files and staging folders start with this; startup removes any a crash left. */
  public static final String TEMP_PREFIX = ".upload-";

  private final SecureRandom random = new SecureRandom();

  /** A fresh, unused temporary name inside {@code folder}. */
  public Path tempIn(Path folder) {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return folder.resolve(TEMP_PREFIX + HexFormat.of().formatHex(bytes));
  }

  /** Copies the stream to a forced temporary file in {@code folder}; the caller renames or deletes it. */
  public Path stage(InputStream in, Path folder) throws IOException {
    Path temp = tempIn(folder);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      in.transferTo(out);
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return temp;
  }

  /** Atomically renames a staged file or folder to {@code target} (replacing a file) and forces the folder. */
  public void commit(Path staged, Path target) throws IOException {
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    forceFolder(target.toAbsolutePath().getParent());
  }

  /** Replaces {@code target} with {@code bytes} atomically. */
  public void write(Path target, byte[] bytes) throws IOException {
    AtomicWrite.replace(target, TEMP_PREFIX, out -> out.write(bytes));
    forceFolder(target.toAbsolutePath().getParent());
  }

  /** Forces a folder's entries (creations, renames) to disk. Not every platform can; that is tolerated. */
  public void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open folders as channels; its renames are durable through the journal.
    }
  }

  /** Deletes a file or a folder tree; missing is fine. */
  public void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Removes temporary files and staging folders a crash left anywhere under {@code root}; returns how many. */
  public int removeLeftovers(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    java.util.List<Path> found = new java.util.ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && dir.getFileName().toString().startsWith(TEMP_PREFIX)) {
          found.add(dir);
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (file.getFileName().toString().startsWith(TEMP_PREFIX)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    for (Path path : found) {
      deleteTree(path);
    }
    return found.size();
  }
}
