package dev.lectern.extract.ocr;

/** Why a page is to be read from its image. */
enum OcrNeed {
  /** The text layer scores as garbled: OCR replaces it. */
  GARBLED,
  /** No text at all: OCR is the page's text. */
  EMPTY,
  /** Little text over a large picture: OCR is added to the text. */
  IMAGE,
  /** {@code --ocr all}: every page, added to clean text, replacing garbled text. */
  REQUESTED;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The need {@link #label()} names. */
  static OcrNeed fromLabel(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether OCR output stands in for the text layer rather than adding to it. */
  boolean replaces() {
    return this == GARBLED || this == EMPTY;
  }
}
