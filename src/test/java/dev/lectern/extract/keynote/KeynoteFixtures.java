package dev.lectern.extract.keynote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Keynote 2013+ decks for tests outside this package: a title placeholder per slide, some skipped. */
public final class KeynoteFixtures {
  private KeynoteFixtures() {}

  /**
   * Writes a .key package folder whose slide i (0-based) shows {@code texts.get(i)}, skipped when
   * in {@code skipped}.
   */
  public static Path deck(Path file, List<String> texts, Set<Integer> skipped) throws IOException {
    SampleKeynote deck = new SampleKeynote();
    for (int i = 0; i < texts.size(); i++) {
      deck.addSlide(deck.slide(deck.placeholder(texts.get(i)), -1), skipped.contains(i), -1);
    }
    Files.write(Files.createDirectories(file.resolve("Index")).resolve("Document.iwa"), deck.iwa());
    return file;
  }
}
