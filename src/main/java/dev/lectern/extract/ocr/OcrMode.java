package dev.lectern.extract.ocr;

import java.util.Locale;

/** When pages are read by OCR: {@code auto} (pages that need it), {@code off}, or {@code all} pages. */
public enum OcrMode {
  AUTO,
  OFF,
  ALL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code auto}, {@code off} or {@code all}; anything else is an {@link IllegalArgumentException}. */
  public static OcrMode fromLabel(String label) {
    for (OcrMode mode : values()) {
      if (mode.label().equals(label == null ? "" : label.strip().toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new IllegalArgumentException("OCR mode must be auto, off or all, was '" + label + "'");
  }
}
