package dev.lectern.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks code identifiers ({@code torch.compile}, {@code PrivateUse1}, {@code DispatchKey},
 * {@code c10d}) as keywords so the stemmer leaves them whole: a researcher who types an identifier
 * means exactly that identifier. A token is an identifier when it holds a digit, a connector such as
 * {@code . _ : -}, or an upper-case letter after a lower-case one. Runs before case folding.
 */
final class IdentifierMarkerFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  IdentifierMarkerFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (isIdentifier(term.buffer(), term.length())) {
      keyword.setKeyword(true);
    }
    return true;
  }

  static boolean isIdentifier(char[] chars, int length) {
    boolean previousLower = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (Character.isDigit(c) || c == '.' || c == '_' || c == ':' || c == '-') {
        return true;
      }
      if (Character.isUpperCase(c) && previousLower) {
        return true;
      }
      previousLower = Character.isLowerCase(c);
    }
    return false;
  }
}
