package dev.lectern.index.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Index-time only: an identifier written with connectors also answers to its joined spelling, so
 * {@code private_use1} (and {@code private-use1}, which {@link SlideAnalyzers} reads as
 * {@code private_use1}) is found by {@code privateuse1} and {@code PrivateUse1}, which fold to the
 * same joined token. The joined token is a keyword: never stemmed, like the identifier itself.
 */
final class JoinedIdentifierFilter extends VariantFilter {
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  JoinedIdentifierFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected String variant(CharSequence token) {
    return join(token);
  }

  @Override
  protected void markVariant() {
    keyword.setKeyword(true);
  }

  /** The token without its {@code _} connectors, or null when it has none or nothing is left. */
  static String join(CharSequence token) {
    StringBuilder joined = new StringBuilder(token.length());
    boolean letters = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '_') {
        joined.append(c);
        letters |= Character.isLetterOrDigit(c);
      }
    }
    return joined.length() == token.length() || !letters ? null : joined.toString();
  }
}
