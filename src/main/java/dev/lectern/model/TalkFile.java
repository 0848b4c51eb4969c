package dev.lectern.model;

import java.util.Objects;

/**
 * One file of a talk as the index knows it. {@code path} is relative to the archive root with '/'
 * separators; {@code pages} is the number of pages or slides extracted from it; {@code sha256}
 * identifies its content so that unchanged files are never extracted twice.
 */
public record TalkFile(
    String path, String format, int pages, String status, String reason, String sha256, long bytes) {
  public TalkFile {
    Objects.requireNonNull(path, "path");
    format = format == null ? "" : format;
    status = status == null ? ExtractionStatus.FAILED.label() : status;
    reason = reason == null ? "" : reason;
    sha256 = sha256 == null ? "" : sha256;
  }
}
