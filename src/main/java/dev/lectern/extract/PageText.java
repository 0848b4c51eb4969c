package dev.lectern.extract;

import java.util.regex.Pattern;

/**
 * Light clean-up of extracted text: enough that snippets and the first-line heading read well,
 * not so much that the line structure of a slide is lost.
 */
final class PageText {
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2007\\u202F ]+");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\uFFFD]");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  /** A bullet glyph after text on the same line, followed by a space: a list item PDF text glued on. */
  private static final Pattern GLUED_BULLET =
      Pattern.compile("(?<=\\S)[ \\t]*([•◦▪▫‣●○■□►▸▹➢➤◆◇❖∙])(?=[ \\t])");
  /** An en or em dash glued to the word before it and followed by a space ("nodes– Pointwise"). */
  private static final Pattern GLUED_DASH = Pattern.compile("(?<=[\\p{L}\\p{N}.,:;)])([–—])(?=[ \\t]\\S)");

  private PageText() {}

  /**
   * PDF text has no paragraphs, only positioned lines, and PDFBox joins a bullet's line to the one
   * before it ("nodes• Pointwise"): each bullet glyph starts a new line again.
   */
  static String breakBeforeBullets(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String broken = GLUED_BULLET.matcher(text).replaceAll("\n$1");
    return GLUED_DASH.matcher(broken).replaceAll("\n$1");
  }

  /** Collapses runs of spaces and of blank lines (at most one blank line remains) and strips. */
  static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    text = CONTROL.matcher(text).replaceAll("");
    text = HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
    text = SPACE_AROUND_NEWLINE.matcher(text).replaceAll("\n");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }
}
