package dev.lectern.index;

import java.util.List;

/**
 * A stored page as the talk page shows it: 1-based file index and page number, text and notes,
 * where the text came from ({@code text}, {@code ocr} or {@code text+ocr}), whether the show skips
 * the slide, and every file and page it appears as (more than one when a deck and its export share
 * it), in file order.
 */
public record PageText(int file, int number, String text, String notes, String source, boolean skipped,
    List<Where> appearsIn) {

  /** A file (1-based index in the talk) and page number a slide appears as. */
  public record Where(int file, int number) {}

  public PageText {
    appearsIn = appearsIn == null || appearsIn.isEmpty() ? List.of(new Where(file, number)) : List.copyOf(appearsIn);
  }

  public PageText(int file, int number, String text, String notes, String source) {
    this(file, number, text, notes, source, false, List.of());
  }
}
