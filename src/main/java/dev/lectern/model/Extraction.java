package dev.lectern.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of extracting one file: never an exception. {@code reason} says why the status is not
 * {@code ok} (empty otherwise). Pages are numbered 1..n in order.
 */
public record Extraction(
    ExtractionStatus status, String reason, List<Page> pages, DocumentMetadata metadata) {

  public Extraction {
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
    pages = pages == null ? List.of() : List.copyOf(pages);
    metadata = metadata == null ? DocumentMetadata.NONE : metadata;
  }

  public static Extraction failed(ExtractionStatus status, String reason) {
    return new Extraction(status, reason, List.of(), DocumentMetadata.NONE);
  }

  /**
   * Whether pages were marked for OCR in the text pass and wait for the OCR pass: once that pass ran
   * (or could not), the status says {@link ExtractionStatus#NEEDS_OCR} for pages still unread.
   */
  public boolean waitsForOcr() {
    return status != ExtractionStatus.NEEDS_OCR && pages.stream().anyMatch(Page::needsOcr);
  }

  public int characters() {
    return pages.stream().mapToInt(p -> p.text().length() + p.notes().length()).sum();
  }
}
