package dev.lectern.model;

import java.util.Set;

/**
 * One page of a PDF or one slide of a deck; a notes document is a single page. {@code number} is
 * 1-based within its file. Speaker notes are kept apart from the slide text because they rank lower.
 * {@code skipped} marks a slide the deck keeps but its show skips (Keynote's "Skip Slide").
 *
 * <p>{@code source} says where the text came from: {@value #TEXT} (the file's text layer),
 * {@value #OCR} (recognised from the page image, replacing a garbled or missing text layer) or
 * {@value #TEXT_OCR} (the text layer plus what was recognised in the page's pictures). {@code ocr}
 * says why the page wanted OCR ({@code garbled}, {@code empty}, {@code image}, {@code requested}),
 * empty when it did not; a page that wanted it and still has source {@value #TEXT} is waiting for
 * OCR (Tesseract missing or switched off).
 */
public record Page(int number, String text, String notes, boolean skipped, String source, String ocr) {
  public static final String TEXT = "text";
  public static final String OCR = "ocr";
  public static final String TEXT_OCR = "text+ocr";
  private static final Set<String> SOURCES = Set.of(TEXT, OCR, TEXT_OCR);

  public Page {
    if (number < 1) {
      throw new IllegalArgumentException("page number must be >= 1, was " + number);
    }
    text = text == null ? "" : text;
    notes = notes == null ? "" : notes;
    source = source == null || source.isEmpty() ? TEXT : source;
    if (!SOURCES.contains(source)) {
      throw new IllegalArgumentException("page source must be one of " + SOURCES + ", was " + source);
    }
    ocr = ocr == null ? "" : ocr;
  }

  /** A page read from the file's own text layer. */
  public Page(int number, String text, String notes, boolean skipped) {
    this(number, text, notes, skipped, TEXT, "");
  }

  /** A shown page read from the file's own text layer. */
  public Page(int number, String text, String notes) {
    this(number, text, notes, false);
  }

  /** This page with other text, from {@code source}, having wanted OCR because of {@code ocr}. */
  public Page withText(String newText, String newSource, String why) {
    return new Page(number, newText, notes, skipped, newSource, why);
  }

  public boolean isBlank() {
    return text.isBlank() && notes.isBlank();
  }

  /** Whether the page wanted OCR and did not get it. */
  public boolean needsOcr() {
    return !ocr.isEmpty() && source.equals(TEXT);
  }
}
