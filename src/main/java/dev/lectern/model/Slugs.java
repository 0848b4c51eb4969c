package dev.lectern.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe ids derived from human names. Letters of every script survive (a Chinese title keeps its
 * characters) so that ids stay readable; everything else becomes a single dash.
 */
public final class Slugs {
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  public static String of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        slug.appendCodePoint(cp);
        dash = false;
      } else if (!dash && !slug.isEmpty()) {
        slug.append('-');
        dash = true;
      }
    }
    while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
      slug.setLength(slug.length() - 1);
    }
    String result = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug.toString();
    return result.isEmpty() ? "untitled" : result;
  }
}
