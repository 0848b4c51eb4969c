package dev.lectern.index;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Snippets for pages that matched outside their text (on the title, say): the page's opening; and
 * the tidying of highlighted passages.
 */
final class Snippets {
  private Snippets() {}

  /** The first words of {@code text}, about {@code length} characters, HTML-escaped, never cut mid-word. */
  static String lead(String text, int length) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= length) {
      return escape(flat);
    }
    BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
    words.setText(flat);
    int end = words.preceding(length);
    if (end <= 0) {
      end = length;
    }
    return escape(flat.substring(0, end).strip()) + " …";
  }

  /**
   * A highlighted passage as one line, without the punctuation a passage boundary can leave at its
   * start: runs of whitespace (what the regular expression \s matches) become one space, the ends are
   * stripped, then leading commas, full stops, semicolons, colons and closing brackets go with the
   * spaces after them. By hand: the two regular expressions this did were 4 % of a search's samples
   * (30 snippets a search).
   */
  static String tidy(String passage) {
    StringBuilder flat = new StringBuilder(passage.length());
    boolean inSpace = false;
    for (int i = 0; i < passage.length(); i++) {
      char c = passage.charAt(i);
      if (isSpace(c)) {
        if (!inSpace) {
          flat.append(' ');
        }
        inSpace = true;
      } else {
        flat.append(c);
        inSpace = false;
      }
    }
    String line = flat.toString().strip();
    int start = 0;
    while (start < line.length() && ",.;:)]}".indexOf(line.charAt(start)) >= 0) {
      start++;
    }
    if (start == 0) {
      return line;
    }
    while (start < line.length() && isSpace(line.charAt(start))) {
      start++;
    }
    return line.substring(start);
  }

  /** What the regular expression \s matches (without Unicode character classes). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
