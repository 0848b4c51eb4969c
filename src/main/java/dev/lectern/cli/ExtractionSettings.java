package dev.lectern.cli;

import dev.lectern.extract.ocr.OcrSettings;
import dev.lectern.extract.ExtractionLimits;

/**
 * How files are parsed: in child JVMs under {@code limits} (so no file can take Lectern down) or,
 * for debugging a parser only, in this process; whether page images are drawn; and whether and
 * how pages are read by OCR.
 */
public record ExtractionSettings(boolean inProcess, boolean pageImages, ExtractionLimits limits, OcrSettings ocr,
    boolean embeddings) {
  public ExtractionSettings(boolean inProcess, boolean pageImages, ExtractionLimits limits, OcrSettings ocr) {
    this(inProcess, pageImages, limits, ocr, true);
  }

  /** Parsing in this process, text only: what {@code check --repair} has always used. */
  public static final ExtractionSettings IN_PROCESS_TEXT =
      new ExtractionSettings(true, false, ExtractionLimits.DEFAULTS, OcrSettings.NONE);

  /** What to tell the user about pages that wait for OCR. */
  public String ocrAdvice() {
    return ocr.usable() ? "OCR failed on them (see each file's reason)"
        : ocr.unavailable() + "; install it with: sudo " + OcrSettings.INSTALL_COMMAND;
  }
}
