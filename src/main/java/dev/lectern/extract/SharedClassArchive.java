package dev.lectern.extract;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The class-data archive of the extraction children: the classes a child loaded (Tika's parsers,
 * PDFBox, POI), written once at a child's exit and mapped by every later child instead of being read
 * from the jar and verified again. It saves a child start about half a second of CPU (BENCHMARKS.md).
 *
 * <p>Only one child at a time records, into a file of its own that is moved into place after that
 * child exited cleanly, so a child never maps a half-written archive. The archive sits beside the jar
 * and is named after the Java runtime; a jar newer than the archive makes it stale, and the next
 * child records it again. The JVM maps only archives of a class path made of jars, so a class path
 * with a folder in it (tests, an IDE) gets no archive.
 */
final class SharedClassArchive {
  static final SharedClassArchive NONE = new SharedClassArchive(null, null);
  // CDS reports a class it cannot archive, or an archive it cannot map, as a warning on stdout:
  // that only costs time, and stdout is the child's protocol stream.
  private static final String QUIET = "-Xlog:cds*=off,class+path=off";

  private final Path jar;
  private final Path archive;
  private final AtomicLong recordings = new AtomicLong();
  private Path recording;
  private FileTime recordedJar;

  private SharedClassArchive(Path jar, Path archive) {
    this.jar = jar;
    this.archive = archive;
  }

  /** The archive for children started with {@code classPath}: beside the jar, or none. */
  static SharedClassArchive forClassPath(String classPath) {
    if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      return NONE;
    }
    Path jar = Path.of(classPath).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      return NONE;
    }
    String name = jar.getFileName().toString();
    String runtime = Runtime.version().toString().replaceAll("[^A-Za-z0-9.]", "_");
    return new SharedClassArchive(jar, jar.resolveSibling(
        name.substring(0, name.length() - ".jar".length()) + "-extract-" + runtime + ".jsa"));
  }

  /**
   * The JVM options for the next child: map the archive when it is current, else record it (when
   * no other child does). {@link Options#recordingTo()} names the file this child records into.
   */
  synchronized Options next() {
    if (archive == null) {
      return Options.NOTHING;
    }
    if (current()) {
      return new Options(List.of("-XX:SharedArchiveFile=" + archive, QUIET), null);
    }
    if (recording != null) {
      return Options.NOTHING;
    }
    recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + recordings.incrementAndGet() + ".tmp");
    recordedJar = jarTime();
    return new Options(List.of("-XX:ArchiveClassesAtExit=" + recording, QUIET), recording);
  }

  /** The recording child exited cleanly: its archive becomes the one later children map. */
  synchronized void adopt(Path recorded) {
    if (recorded == null || !recorded.equals(recording)) {
      return;
    }
    recording = null;
    try {
      // A jar rebuilt while the child ran: the archive holds the old jar's classes, which the JVM
      // would refuse to map, yet it would look newer than the jar; so it is dropped.
      if (Files.size(recorded) > 0 && recordedJar != null && recordedJar.equals(jarTime())) {
        try {
          Files.move(recorded, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(recorded, archive, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      // not written (a read-only folder): children start without it
    } finally {
      deleteQuietly(recorded);
    }
  }

  /** The recording child was killed or crashed: what it wrote, if anything, is not trusted. */
  synchronized void abandon(Path recorded) {
    if (recorded == null || !recorded.equals(recording)) {
      return;
    }
    recording = null;
    deleteQuietly(recorded);
  }

  private FileTime jarTime() {
    try {
      return Files.getLastModifiedTime(jar);
    } catch (IOException e) {
      return null;
    }
  }

  private boolean current() {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is harmless
    }
  }

  /** Extra options for one child, and the file it records the archive into (null: it does not). */
  record Options(List<String> jvmOptions, Path recordingTo) {
    static final Options NOTHING = new Options(List.of(), null);
  }
}
