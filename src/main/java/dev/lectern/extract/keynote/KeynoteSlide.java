package dev.lectern.extract.keynote;

import java.util.Objects;

/**
 * One slide of a Keynote deck in presentation order: its text (title, body, then other shapes),
 * its speaker notes, whether it is skipped in the show, and the package entry of its thumbnail
 * ("" when it has none).
 */
public record KeynoteSlide(String text, String notes, boolean skipped, String thumbnail) {
  public KeynoteSlide {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(thumbnail, "thumbnail");
  }
}
