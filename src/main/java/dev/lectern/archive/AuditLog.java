package dev.lectern.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every write to the archive, one JSON object per line in {@code audit.jsonl}: who, when, what, on
 * which talk or meetup, and the content hash of what was stored. Lines are only ever appended and
 * each is forced to disk before the write it records is acknowledged.
 */
public final class AuditLog {
  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper();

  public AuditLog(Path indexDir) {
    this.file = indexDir.resolve("audit.jsonl");
  }

  /** Appends one record; {@code sha256} and {@code detail} may be empty. */
  public synchronized void record(String user, String action, String target, String sha256, String detail)
      throws IOException {
    ObjectNode line = mapper.createObjectNode();
    line.put("time", Instant.now().toString());
    line.put("user", user);
    line.put("action", action);
    line.put("target", target);
    line.put("sha256", sha256 == null ? "" : sha256);
    line.put("detail", detail == null ? "" : detail);
    byte[] bytes = (mapper.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(file.getParent());
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** The last {@code limit} records, oldest first; a damaged line is skipped, not fatal. */
  public synchronized List<JsonNode> last(int limit) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    Deque<JsonNode> tail = new ArrayDeque<>();
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        try {
          tail.addLast(mapper.readTree(line));
        } catch (IOException damaged) {
          continue;
        }
        if (tail.size() > limit) {
          tail.removeFirst();
        }
      }
    }
    return new ArrayList<>(tail);
  }
}
