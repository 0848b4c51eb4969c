package dev.lectern.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Query-time only, right after the word delimiter and the graph flattening: flags the parts the
 * delimiter split a token into ({@code node}, {@code js} of {@code node.js}), so that
 * {@link IndexPositionFilter} can drop them later in the chain and keep the positions they take. A
 * part is stacked on its whole token or falls inside the positions the whole token spans; nothing
 * before this point stacks tokens otherwise.
 */
final class PartMarkerFilter extends TokenFilter {
  static final int PART = 1 << 7;

  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private int position = -1;
  private int wholeEnd;

  PartMarkerFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int step = increment.getPositionIncrement();
    position += step;
    if (step > 0 && position >= wholeEnd) {
      wholeEnd = position + length.getPositionLength();
      length.setPositionLength(1); // the parts go, so the whole token spans its first position only
    } else {
      flags.setFlags(flags.getFlags() | PART);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    position = -1;
    wholeEnd = 0;
  }
}
