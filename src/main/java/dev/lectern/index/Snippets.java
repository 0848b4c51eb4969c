package dev.lectern.index;

import java.text.BreakIterator;
import java.util.Locale;

/** Snippets for pages that matched outside their text (on the title, say): the page's opening. */
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
