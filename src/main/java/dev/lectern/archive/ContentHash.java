package dev.lectern.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes: the key under which its extraction is cached and compared. A
 * package folder (a Keynote deck saved as a folder) hashes as its files: each one's path within it,
 * then its bytes, in path order; links are not followed.
 */
public final class ContentHash {
  /** How deep a package folder is read: Keynote's are two or three levels. */
  public static final int PACKAGE_DEPTH = 8;

  /** Lowercase hex SHA-256, read in a stream so large decks are never held in memory. */
  public String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      for (Path part : packageFiles(file)) {
        digest.update((file.relativize(part).toString().replace('\\', '/') + "\0").getBytes(StandardCharsets.UTF_8));
        update(digest, part);
      }
    } else {
      update(digest, file);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The regular files of a package folder, in path order. */
  public static List<Path> packageFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder, PACKAGE_DEPTH)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
  }

  private static void update(MessageDigest digest, Path file) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
  }

  /** Lowercase hex SHA-256 of bytes already in memory (uploads, tests). */
  public String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256, so this is a broken JVM, not a bad file.
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
