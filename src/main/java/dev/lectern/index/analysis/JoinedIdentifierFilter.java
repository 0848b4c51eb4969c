package dev.lectern.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Index-time only: an identifier written with connectors also answers to its joined spelling, so
 * {@code private_use1} (and {@code private-use1}, which {@link SlideAnalyzers} reads as
 * {@code private_use1}) is found by {@code privateuse1} and {@code PrivateUse1}, which fold to the
 * same joined token. The joined token is a keyword: never stemmed, like the identifier itself.
 */
final class JoinedIdentifierFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private String pending;
  private AttributeSource.State state;

  JoinedIdentifierFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(state);
      term.setEmpty().append(pending);
      position.setPositionIncrement(0);
      keyword.setKeyword(true);
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String joined = join(term);
    if (joined != null) {
      pending = joined;
      state = captureState();
    }
    return true;
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

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    state = null;
  }
}
