package dev.lectern.archive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An uploaded file written to a temporary name beside its destination and forced to disk, not yet
 * visible to the archive: its detected format, the name it will be stored under, and its hash.
 * {@code format} is empty when the content is no format Lectern reads.
 */
public record StagedFile(Path temp, String originalName, String storedName, String format, String mediaType,
    String sha256, long bytes) {
  public StagedFile {
    Objects.requireNonNull(temp, "temp");
    Objects.requireNonNull(storedName, "storedName");
    format = format == null ? "" : format;
  }

  public boolean supported() {
    return !format.isEmpty();
  }

  /** The same file, to be stored under another name. */
  public StagedFile storedAs(String name) {
    return new StagedFile(temp, originalName, name, format, mediaType, sha256, bytes);
  }
}
