package dev.lectern.model;

/**
 * One page of a PDF or one slide of a deck; a notes document is a single page. {@code number} is
 * 1-based within its file. Speaker notes are kept apart from the slide text because they rank lower.
 * {@code skipped} marks a slide the deck keeps but its show skips (Keynote's "Skip Slide").
 */
public record Page(int number, String text, String notes, boolean skipped) {
  public Page {
    if (number < 1) {
      throw new IllegalArgumentException("page number must be >= 1, was " + number);
    }
    text = text == null ? "" : text;
    notes = notes == null ? "" : notes;
  }

  public Page(int number, String text, String notes) {
    this(number, text, notes, false);
  }

  public boolean isBlank() {
    return text.isBlank() && notes.isBlank();
  }
}
