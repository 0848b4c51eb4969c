package dev.lectern.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Emits a second spelling of a token at the same position, so either spelling matches phrases and
 * proximity the same way. Subclasses say which spelling; the state handling lives here once.
 */
abstract class VariantFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private String pending;
  private AttributeSource.State state;

  VariantFilter(TokenStream input) {
    super(input);
  }

  /** The other spelling of the current token, or null when it has none. */
  protected abstract String variant(CharSequence token);

  /** Called after the variant's attributes are set, before it is emitted. */
  protected void markVariant() {}

  @Override
  public final boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(state);
      term.setEmpty().append(pending);
      position.setPositionIncrement(0);
      markVariant();
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending = variant(term);
    if (pending != null) {
      state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    state = null;
  }
}
