package dev.lectern.model;

import java.util.Locale;

/** What became of one file's extraction. Only {@link #OK} and {@link #TRUNCATED} carry full text. */
public enum ExtractionStatus {
  OK,
  /** Text was cut at the character cap; what was read is indexed. */
  TRUNCATED,
  ENCRYPTED,
  /** The file parsed but has no text layer (an image-only PDF, an empty deck). */
  EMPTY,
  UNSUPPORTED,
  FAILED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean searchable() {
    return this == OK || this == TRUNCATED;
  }

  public static ExtractionStatus fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
