package dev.lectern.model;

import java.util.Objects;

/**
 * One file of a talk as the index knows it. {@code path} is relative to the archive root with '/'
 * separators; {@code pages} is the number of pages or slides extracted from it; {@code sha256}
 * identifies its content so that unchanged files are never extracted twice. {@code needsOcr} counts
 * the pages that wanted OCR and are indexed without it (Tesseract missing or OCR off).
 */
public record TalkFile(
    String path, String format, int pages, String status, String reason, String sha256, long bytes, int needsOcr) {
  public TalkFile {
    Objects.requireNonNull(path, "path");
    format = format == null ? "" : format;
    status = status == null ? ExtractionStatus.FAILED.label() : status;
    reason = reason == null ? "" : reason;
    sha256 = sha256 == null ? "" : sha256;
    needsOcr = Math.max(0, needsOcr);
  }

  public TalkFile(String path, String format, int pages, String status, String reason, String sha256, long bytes) {
    this(path, format, pages, status, reason, sha256, bytes, 0);
  }
}
