package dev.lectern.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Query-time only, after the bigram filter: puts every token of a query at the position the index
 * gives the same text, so that a quoted phrase (and the phrase boost) finds what it quotes. The
 * index chain differs from the query chain in two ways that move the words after them:
 *
 * <ul>
 *   <li>It adds an identifier's parts at their own positions: {@code BJ Node.js Club} is indexed
 *       as {@code bj node.js|node js club}, {@code club} two positions after {@code node.js}. The
 *       query keeps the identifier whole; the parts {@link PartMarkerFilter} flagged are dropped
 *       here, their positions left as a gap.
 *   <li>It indexes Han text as characters plus bigrams, a run of n characters taking n positions;
 *       the query's bigrams take n - 1, so the word after a run of bigrams gets one more.
 * </ul>
 */
final class IndexPositionFilter extends TokenFilter {
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  /** Positions taken by dropped parts or a bigram run's last character, not yet given to a token. */
  private int gap;
  /** The end offset of the last bigram of the current run, or -1 when the last token was no bigram. */
  private int bigramEnd = -1;

  IndexPositionFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int step = increment.getPositionIncrement();
      boolean bigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
      if (step > 0 && bigramEnd >= 0 && !(bigram && offset.startOffset() < bigramEnd)) {
        gap++; // the run of bigrams ended: its last character has a position of its own in the index
      }
      if (step > 0) {
        bigramEnd = bigram ? offset.endOffset() : -1;
      }
      if ((flags.getFlags() & PartMarkerFilter.PART) != 0) {
        gap += step;
        continue;
      }
      if (step > 0) {
        increment.setPositionIncrement(step + gap);
        gap = 0;
      }
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(increment.getPositionIncrement() + gap + (bigramEnd >= 0 ? 1 : 0));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    gap = 0;
    bigramEnd = -1;
  }
}
