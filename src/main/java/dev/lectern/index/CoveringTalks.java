package dev.lectern.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/** The talks with at least one matching page, as a bit per talk ordinal; scores are never computed. */
final class CoveringTalks implements Collector {
  private final PageOwners owners;
  private final FixedBitSet talks;

  CoveringTalks(TalkCatalog catalog) {
    this.owners = catalog.owners();
    this.talks = new FixedBitSet(Math.max(1, catalog.table().size()));
  }

  FixedBitSet talks() {
    return talks;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) {
    int leaf = context.ord;
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) {
        int talk = owners.talk(leaf, doc);
        if (talk >= 0) {
          talks.set(talk);
        }
      }
    };
  }
}
