package dev.lectern.model;

import java.util.Locale;

/** What became of one file's extraction. {@link #OK}, {@link #TRUNCATED} and {@link #NEEDS_OCR} are indexed. */
public enum ExtractionStatus {
  OK,
  /** Text was cut at the character cap; what was read is indexed. */
  TRUNCATED,
  ENCRYPTED,
  /** The file parsed but has no text layer (an image-only PDF, an empty deck). */
  EMPTY,
  UNSUPPORTED,
  FAILED,
  /**
   * Some pages need OCR (garbled text, no text, mostly a picture) that could not run: Tesseract is
   * missing or OCR is off. The other pages are indexed; the reason says how many wait and why.
   */
  NEEDS_OCR;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean searchable() {
    return this == OK || this == TRUNCATED || this == NEEDS_OCR;
  }

  public static ExtractionStatus fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
