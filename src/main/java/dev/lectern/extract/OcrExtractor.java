package dev.lectern.extract;

import dev.lectern.extract.ocr.PageOcr;
import dev.lectern.model.Extraction;
import java.nio.file.Path;

/** Extracts text, then lets {@link PageOcr} read the page images the text layer falls short on. */
public final class OcrExtractor implements Extractor {
  private final Extractor text;
  private final PageOcr ocr;

  public OcrExtractor(Extractor text, PageOcr ocr) {
    this.text = text;
    this.ocr = ocr;
  }

  @Override
  public Extraction extract(Path file) {
    return ocr.complete(file, text.extract(file));
  }

  @Override
  public void close() {
    text.close();
  }
}
