package dev.lectern.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sample slide deck: the document title and author that go into the file's metadata, and its
 * slides. {@link #fromOutline} reads the compact outline the sample content is written in.
 */
public record SampleDeck(String title, String author, List<SampleSlide> slides) {
  public SampleDeck {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    slides = List.copyOf(slides);
    if (slides.isEmpty()) {
      throw new IllegalArgumentException("deck '" + title + "' has no slides");
    }
  }

  /**
   * Parses an outline: {@code # heading} starts a slide, {@code - text} adds a bullet, {@code > text}
   * adds a line of speaker notes. Blank lines are ignored.
   */
  public static SampleDeck fromOutline(String title, String author, String outline) {
    List<SampleSlide> slides = new ArrayList<>();
    String heading = null;
    List<String> bullets = new ArrayList<>();
    StringBuilder notes = new StringBuilder();
    for (String line : outline.strip().split("\n")) {
      String text = line.length() > 2 ? line.substring(2).strip() : "";
      if (line.startsWith("# ")) {
        if (heading != null) {
          slides.add(new SampleSlide(heading, bullets, notes.toString()));
        }
        heading = text;
        bullets = new ArrayList<>();
        notes = new StringBuilder();
      } else if (line.startsWith("- ") && heading != null) {
        bullets.add(text);
      } else if (line.startsWith("> ") && heading != null) {
        notes.append(notes.isEmpty() ? "" : "\n").append(text);
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException("outline of '" + title + "': cannot read line: " + line);
      }
    }
    if (heading != null) {
      slides.add(new SampleSlide(heading, bullets, notes.toString()));
    }
    return new SampleDeck(title, author, slides);
  }
}
