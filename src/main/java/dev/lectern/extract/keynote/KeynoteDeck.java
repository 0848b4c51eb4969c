package dev.lectern.extract.keynote;

import java.util.List;

/** The slides of a Keynote deck, and whether the character cap cut its text short. */
public record KeynoteDeck(List<KeynoteSlide> slides, boolean truncated) {
  public KeynoteDeck {
    slides = List.copyOf(slides);
  }
}
