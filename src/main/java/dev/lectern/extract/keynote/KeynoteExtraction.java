package dev.lectern.extract.keynote;

import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Keynote 2013+ file as an {@link Extraction}: one page per slide, notes apart, skipped slides marked. */
public final class KeynoteExtraction {
  public static final String MEDIA_TYPE = "application/vnd.apple.keynote.13";

  private final KeynoteReader reader;

  public KeynoteExtraction(KeynoteLimits limits) {
    this.reader = new KeynoteReader(limits);
  }

  /** Never throws for a bad file: a damaged or hostile package is {@code failed} with the reason. */
  public Extraction extract(Path file) {
    KeynoteDeck deck;
    try {
      deck = reader.read(file);
    } catch (KeynoteFormatException e) {
      return new Extraction(ExtractionStatus.FAILED, "Keynote: " + e.getMessage(), List.of(), metadata(0));
    }
    List<Page> pages = new ArrayList<>(deck.slides().size());
    for (KeynoteSlide slide : deck.slides()) {
      pages.add(new Page(pages.size() + 1, slide.text(), slide.notes(), slide.skipped()));
    }
    DocumentMetadata metadata = metadata(pages.size());
    if (deck.truncated()) {
      return new Extraction(ExtractionStatus.TRUNCATED, "character cap reached", pages, metadata);
    }
    if (pages.stream().allMatch(Page::isBlank)) {
      return new Extraction(ExtractionStatus.EMPTY, pages.isEmpty() ? "no slides" : "no text on any slide",
          pages, metadata);
    }
    return new Extraction(ExtractionStatus.OK, "", pages, metadata);
  }

  private static DocumentMetadata metadata(int slides) {
    return new DocumentMetadata("", "", "", "", slides, MEDIA_TYPE, "");
  }
}
