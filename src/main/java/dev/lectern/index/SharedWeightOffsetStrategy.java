package dev.lectern.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Offsets of the query's matches from the postings, through {@code Weight.matches} as Lucene's own
 * strategy finds them, with one weight per segment instead of one per page. Lucene rewrites the query
 * and builds its weight (looking up every term of every field clause) for each highlighted page; a
 * results page highlights up to 30 pages of a handful of segments, and that repeated set-up was most
 * of a search's snippet time on the real corpus (see BENCHMARKS.md). The answer is the same: a weight
 * is built for the segment alone, exactly as Lucene builds it for each page.
 *
 * <p>Lucene also renames query fields that the highlighter's field matcher accepts to the highlighted
 * field; the slide highlighter requires the field to match (Lucene's default), so the only field it
 * accepts is the highlighted one and there is nothing to rename.
 */
final class SharedWeightOffsetStrategy extends FieldOffsetStrategy {
  /** One highlighter serves one search: its segments are few, so the weights live as long as it. */
  private final Map<LeafReader, Weight> weights = new IdentityHashMap<>();

  SharedWeightOffsetStrategy(UHComponents components) {
    super(components);
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    if (reader.terms(getField()) == null) {
      return OffsetsEnum.EMPTY;
    }
    Matches matches = weight(reader).matches(reader.getContext(), docId);
    if (matches == null) {
      return OffsetsEnum.EMPTY; // the page does not match the query
    }
    List<OffsetsEnum> found = new ArrayList<>();
    for (String field : matches) {
      if (components.fieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          found.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
    return switch (found.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> found.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(found);
    };
  }

  private Weight weight(LeafReader reader) throws IOException {
    Weight weight = weights.get(reader);
    if (weight == null) {
      IndexSearcher segment = new IndexSearcher(reader);
      segment.setQueryCache(null);
      weight = segment.rewrite(components.query()).createWeight(segment, ScoreMode.COMPLETE_NO_SCORES, 1f);
      weights.put(reader, weight);
    }
    return weight;
  }
}
