package dev.lectern.extract;

import dev.lectern.extract.ocr.OcrSettings;
import dev.lectern.extract.ocr.PageOcr;
import dev.lectern.model.Extraction;
import java.nio.file.Path;

/**
 * Extracts text and marks the pages its text layer falls short on; reads them with OCR when asked
 * ({@link #recognise}). In-process: the extraction child runs one, and so does {@code --in-process}.
 */
public final class OcrExtractor implements Extractor {
  private final Extractor text;
  private final OcrSettings settings;
  private final Runnable working;

  /** {@code working} is told after every page OCR reads, besides the caller's own {@code pageDone}. */
  public OcrExtractor(Extractor text, OcrSettings settings, Runnable working) {
    this.text = text;
    this.settings = settings;
    this.working = working;
  }

  @Override
  public Extraction extract(Path file) {
    return new PageOcr(settings, working).mark(file, text.extract(file));
  }

  @Override
  public Extraction recognise(Path file, Extraction extraction, Runnable pageDone) {
    return new PageOcr(settings, () -> {
      working.run();
      pageDone.run();
    }).read(file, extraction);
  }

  @Override
  public void close() {
    text.close();
  }
}
