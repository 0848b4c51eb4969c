package dev.lectern.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which of a query's word groups each matching talk covers, for ranking in tiers: talks with every
 * word first, then talks with some, ranked by what the words they have are worth. A word is worth
 * its rarity among talks (BM25's idf), so many common words do not outweigh one rare one, and a
 * talk with more of the words outranks one with fewer words of the same rarity.
 */
final class WordCoverage {
  private final boolean[] all;
  private final float[] weight;
  private final int allCount;

  private WordCoverage(boolean[] all, float[] weight) {
    this.all = all;
    this.weight = weight;
    int count = 0;
    for (boolean a : all) {
      count += a ? 1 : 0;
    }
    this.allCount = count;
  }

  /** Every matching talk has every word: one group, a match-all query, or a reading that requires all. */
  static WordCoverage complete(TalkGroupingCollector groups) {
    boolean[] all = new boolean[groups.size()];
    java.util.Arrays.fill(all, true);
    return new WordCoverage(all, new float[groups.size()]);
  }

  static WordCoverage of(IndexSearcher searcher, TalkCatalog catalog, QueryTranslator.Translation translation,
      TalkGroupingCollector groups) throws IOException {
    List<?> required = translation.required();
    if (required.size() <= 1 || groups.isEmpty()) {
      return complete(groups);
    }
    int[] covered = new int[groups.size()];
    float[] weight = new float[groups.size()];
    int talks = catalog.table().size();
    for (int i = 0; i < required.size(); i++) {
      CoveringTalks covering = new CoveringTalks(catalog);
      searcher.search(translation.groupQuery(i), covering);
      FixedBitSet bits = covering.talks();
      float idf = idf(bits.cardinality(), talks);
      for (int slot = 0; slot < groups.size(); slot++) {
        if (bits.get(groups.talk(slot))) {
          covered[slot]++;
          weight[slot] += idf;
        }
      }
    }
    boolean[] all = new boolean[groups.size()];
    for (int slot = 0; slot < all.length; slot++) {
      all[slot] = covered[slot] == required.size();
    }
    return new WordCoverage(all, weight);
  }

  private static float idf(int df, int n) {
    return (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when the talk in this slot has every word of the query. */
  boolean all(int slot) {
    return all[slot];
  }

  /** What the words the talk has are worth together. */
  float weight(int slot) {
    return weight[slot];
  }

  /** How many matching talks have every word. */
  int allCount() {
    return allCount;
  }
}
