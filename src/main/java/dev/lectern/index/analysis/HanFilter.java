package dev.lectern.index.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds traditional Chinese characters to simplified ones (編譯 → 编译) so that either form finds
 * both. Only tokens holding Han characters the conversion may change go through the transliterator,
 * which is far slower than the rest of the chain; Latin text and much simplified Chinese pass untouched.
 */
final class HanFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Transliterator toSimplified = Transliterator.getInstance(SimplifiedChinese.CONVERSION);

  HanFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (hasHan(term) && SimplifiedChinese.mayChange(term)) {
      String simplified = toSimplified.transliterate(term.toString());
      term.setEmpty().append(simplified);
    }
    return true;
  }

  private static boolean hasHan(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }
}
