package dev.lectern.model;

import java.util.Objects;

/** One file of a talk after extraction: its archive path, content hash, size, and what came out. */
public record FileExtraction(String path, String sha256, long bytes, Extraction extraction) {
  public FileExtraction {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(extraction, "extraction");
  }
}
