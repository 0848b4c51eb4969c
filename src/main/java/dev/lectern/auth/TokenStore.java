package dev.lectern.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lectern.archive.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Organizers' tokens, kept as SHA-256 hashes in {@code tokens.json} in the index folder (never in the
 * archive, which gets shared and backed up). A token is shown once, when created; the file is read
 * on every check, so a revoke from the command line takes effect on a running server at once.
 */
public final class TokenStore {
  public static final String PREFIX = "lct_";
  private static final int MAX_NAME = 64;

  /** One organizer's token as stored: name, hash, creation time. */
  public record Entry(String name, String sha256, String created) {}

  private record TokenFile(List<Entry> tokens) {}

  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final AtomicFiles atomic = new AtomicFiles();
  private final SecureRandom random = new SecureRandom();

  public TokenStore(Path indexDir) {
    this.file = indexDir.resolve("tokens.json");
  }

  public Path file() {
    return file;
  }

  /** Creates a token for {@code name} and returns it; only its hash is kept. */
  public synchronized String create(String name) throws IOException {
    if (name == null || !name.matches("[\\p{L}\\p{N}._@-]{1," + MAX_NAME + "}")) {
      throw new IllegalArgumentException("a token name is 1-" + MAX_NAME
          + " letters, digits, '.', '_', '@' or '-', not '" + name + "'");
    }
    List<Entry> entries = new ArrayList<>(entries());
    if (entries.stream().anyMatch(e -> e.name().equals(name))) {
      throw new IllegalArgumentException("a token named '" + name + "' exists; revoke it first");
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    entries.add(new Entry(name, sha256(token), Instant.now().toString()));
    save(entries);
    return token;
  }

  public synchronized boolean revoke(String name) throws IOException {
    List<Entry> entries = new ArrayList<>(entries());
    boolean removed = entries.removeIf(e -> e.name().equals(name));
    if (removed) {
      save(entries);
    }
    return removed;
  }

  public synchronized List<Entry> entries() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    TokenFile parsed = mapper.readValue(file.toFile(), TokenFile.class);
    return parsed.tokens() == null ? List.of() : List.copyOf(parsed.tokens());
  }

  /** The name of the organizer holding {@code token}; every stored hash is compared in constant time. */
  public Optional<String> verify(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    byte[] presented = HexFormat.of().parseHex(sha256(token));
    String match = null;
    try {
      for (Entry entry : entries()) {
        if (MessageDigest.isEqual(presented, HexFormat.of().parseHex(entry.sha256())) && match == null) {
          match = entry.name();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // an unreadable token file lets nobody in
    }
    return Optional.ofNullable(match);
  }

  /** Whether a token with this SHA-256 is still stored (not revoked); read from the file, like {@link #verify}. */
  public boolean holds(String tokenHash) {
    try {
      return entries().stream().anyMatch(e -> MessageDigest.isEqual(e.sha256().getBytes(StandardCharsets.UTF_8), tokenHash.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return false; // an unreadable token file lets nobody in
    }
  }

  private void save(List<Entry> entries) throws IOException {
    Files.createDirectories(file.getParent());
    atomic.write(file, mapper.writeValueAsBytes(new TokenFile(entries)));
    try {
      // Hashes only, but nobody else on the machine needs to read them.
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's ACL applies
    }
  }

  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
