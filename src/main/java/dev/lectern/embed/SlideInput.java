package dev.lectern.embed;

/**
 * The text a slide is embedded from: the talk's title (so that a slide of bare code or a diagram
 * label still carries its topic), the slide text, then its notes, which the token limit cuts first.
 */
public final class SlideInput {
  /** Bump when the text a slide is embedded from changes shape: every slide is embedded again. */
  public static final int FORMAT = 1;

  private SlideInput() {}

  public static String of(String title, String text, String notes) {
    StringBuilder input = new StringBuilder(title.strip());
    if (!text.isBlank()) {
      input.append('\n').append(text.strip());
    }
    if (!notes.isBlank()) {
      input.append('\n').append(notes.strip());
    }
    return input.toString();
  }
}
