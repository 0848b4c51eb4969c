package dev.lectern.sync;

import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content hashes of the archive's files and the fingerprint of each talk built from them. A file is
 * re-read only when its size, modification time or file key (inode) changed, so a reconciliation
 * after one upload hashes one file, not the archive; an atomic replace always yields a new inode, so
 * a same-second, same-size rewrite is still noticed.
 */
final class ArchiveHashes {
  /** Bump when what the index derives from a talk changes, so every talk is rewritten once. */
  static final String DERIVATION_VERSION = "10";

  private record HashedFile(long size, long modified, String fileKey, String sha256) {
    boolean matches(HashedFile other) {
      return other.size == size && other.modified == modified && other.fileKey.equals(fileKey);
    }
  }

  private final Path archive;
  private final ContentHash contentHash = new ContentHash();
  private final Map<String, HashedFile> known = new ConcurrentHashMap<>();
  /** One lock per file: two threads that ask for one file's hash read the file once. */
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  ArchiveHashes(Path archive) {
    this.archive = archive;
  }

  /** Each file of the talk with its hash; an unreadable file hashes to "" and extraction reports it. */
  Map<String, String> of(ArchiveTalk talk) {
    Map<String, String> hashes = new HashMap<>();
    for (String file : talk.files()) {
      try {
        hashes.put(file, hash(file));
      } catch (IOException | UncheckedIOException e) {
        hashes.put(file, "");
      }
    }
    return hashes;
  }

  /** Forgets files no longer in the archive. */
  void retain(Collection<String> files) {
    HashSet<String> kept = new HashSet<>(files);
    known.keySet().retainAll(kept);
    locks.keySet().retainAll(kept);
  }

  private String hash(String file) throws IOException {
    Path path = archive.resolve(file);
    synchronized (locks.computeIfAbsent(file, f -> new Object())) {
      HashedFile stamp = stamp(path);
      HashedFile cached = known.get(file);
      if (cached != null && cached.matches(stamp)) {
        return cached.sha256();
      }
      String sha = contentHash.sha256(path);
      known.put(file, new HashedFile(stamp.size(), stamp.modified(), stamp.fileKey(), sha));
      return sha;
    }
  }

  /**
   * Size, modification time and file key; for a package folder (whose own time changes only when
   * an entry is added or removed), the total size, the newest time and the number of its files.
   */
  private static HashedFile stamp(Path path) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attributes.isDirectory()) {
      return new HashedFile(attributes.size(), attributes.lastModifiedTime().toMillis(),
          String.valueOf(attributes.fileKey()), "");
    }
    long size = 0;
    long newest = 0;
    List<Path> files = ContentHash.packageFiles(path);
    for (Path part : files) {
      BasicFileAttributes a = Files.readAttributes(part, BasicFileAttributes.class);
      size += a.size();
      newest = Math.max(newest, a.lastModifiedTime().toMillis());
    }
    return new HashedFile(size, newest, "package:" + files.size(), "");
  }

  /** What the talk's index documents derive from: its files' contents, its metadata, its meetup. */
  static String fingerprint(ArchiveTalk talk, Map<String, String> hashes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((DERIVATION_VERSION + "\n" + talk.location() + "\n" + talk.metadataDigest() + "\n"
          + talk.meetup() + "\n").getBytes(StandardCharsets.UTF_8));
      for (String file : talk.files()) {
        digest.update((file + "=" + hashes.get(file) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
