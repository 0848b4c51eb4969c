package dev.lectern.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BinaryOperator;

/**
 * One edit of a metadata file (talk.json, meetup.json, series.json): read it as its record, put the
 * patch over it, write it durably and audit it with the new file's hash. A damaged file is refused
 * (409), never overwritten: it holds what a person wrote. Callers hold the curator's lock.
 */
final class MetadataPatch {
  private final ArchiveEditor editor;
  private final AuditLog audit;
  private final ContentHash hash = new ContentHash();
  private final ObjectMapper json = new ObjectMapper();

  MetadataPatch(ArchiveEditor editor, AuditLog audit) {
    this.editor = editor;
    this.audit = audit;
  }

  /** The file as written; {@code absent} is what a missing file counts as. */
  <T> T apply(String user, String action, String subject, String relative, Class<T> type, T absent, T patch,
      BinaryOperator<T> merge) throws IOException {
    Path file = editor.inside(relative);
    T current;
    try {
      current = editor.read(file, type, absent);
    } catch (IllegalStateException damaged) {
      throw CurationException.conflict("metadata_unreadable", java.util.Map.of("file", relative), damaged.getMessage());
    }
    T written = merge.apply(current, patch);
    editor.write(file, written);
    audit.record(user, action, subject + ": " + relative, hash.sha256(Files.readAllBytes(file)), describe(patch));
    return written;
  }

  private String describe(Object patch) {
    try {
      return json.writeValueAsString(patch);
    } catch (JsonProcessingException e) {
      return String.valueOf(patch);
    }
  }
}
