package dev.lectern.index.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * A word with a letter that has a conventional two-letter spelling ({@code Köpf} → {@code Koepf},
 * {@code Straße} → {@code Strasse}, {@code Søren} → {@code Soeren}) also yields that spelling at the
 * same position. Accent folding afterwards gives {@code kopf}, so {@code Köpf}, {@code Kopf} and
 * {@code Koepf} all meet. Used at index and query time, in text and in names.
 */
final class FoldedVariantFilter extends VariantFilter {
  FoldedVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected String variant(CharSequence token) {
    return expand(token);
  }

  /** The two-letter spelling, or null when the word has no such letter. */
  static String expand(CharSequence word) {
    StringBuilder out = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String two = twoLetters(c);
      if (two != null && out == null) {
        out = new StringBuilder(word.length() + 4).append(word, 0, i);
      }
      if (out != null) {
        out.append(two != null ? two : String.valueOf(c));
      }
    }
    return out == null ? null : out.toString();
  }

  private static String twoLetters(char c) {
    return switch (c) {
      case 'ä', 'æ' -> "ae";
      case 'Ä', 'Æ' -> "Ae";
      case 'ö', 'ø', 'œ' -> "oe";
      case 'Ö', 'Ø', 'Œ' -> "Oe";
      case 'ü' -> "ue";
      case 'Ü' -> "Ue";
      case 'å' -> "aa";
      case 'Å' -> "Aa";
      case 'ß' -> "ss";
      default -> null;
    };
  }
}
