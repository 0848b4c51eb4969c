package dev.lectern.sample;

import java.util.List;
import java.util.Objects;

/**
 * One slide of a sample deck: a heading (always the slide's first line), bullet points, and speaker
 * notes (empty when the slide has none; only PPTX decks carry notes).
 */
public record SampleSlide(String heading, List<String> bullets, String notes) {
  public SampleSlide {
    Objects.requireNonNull(heading, "heading");
    if (heading.isBlank()) {
      throw new IllegalArgumentException("slide heading must not be blank");
    }
    bullets = List.copyOf(bullets);
    notes = notes == null ? "" : notes.strip();
  }

  public boolean hasNotes() {
    return !notes.isEmpty();
  }
}
