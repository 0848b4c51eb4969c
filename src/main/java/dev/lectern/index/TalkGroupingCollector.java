package dev.lectern.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Groups every matching page by its talk, keeping how many pages matched and the best few. A
 * matching talk gets a slot on first sight; slots live in flat arrays, so a query touching
 * thousands of pages allocates a handful of arrays, not an object per page or talk.
 */
final class TalkGroupingCollector implements Collector {
  static final int PAGES_PER_TALK = 3;
  private static final int INITIAL_SLOTS = 64;

  private final PageOwners owners;
  private final int[] slotOfTalk; // talk ordinal -> slot + 1; 0 = not seen
  private int slots;
  private int[] talks = new int[INITIAL_SLOTS];
  private int[] matches = new int[INITIAL_SLOTS];
  private float[] bestScores = new float[INITIAL_SLOTS * PAGES_PER_TALK];
  private int[] bestDocs = new int[INITIAL_SLOTS * PAGES_PER_TALK];

  TalkGroupingCollector(TalkCatalog catalog) {
    this.owners = catalog.owners();
    this.slotOfTalk = new int[catalog.table().size()];
  }

  /** Matching talks, each with a slot from 0 to {@code size() - 1}. */
  int size() {
    return slots;
  }

  boolean isEmpty() {
    return slots == 0;
  }

  /** The talk ordinal in a slot. */
  int talk(int slot) {
    return talks[slot];
  }

  /** How many of the talk's pages matched. */
  int matches(int slot) {
    return matches[slot];
  }

  /** How many best pages the slot keeps: at most {@link #PAGES_PER_TALK}. */
  int bestCount(int slot) {
    return Math.min(PAGES_PER_TALK, matches[slot]);
  }

  /** The global doc id of the slot's k-th best page. */
  int bestDoc(int slot, int k) {
    return bestDocs[slot * PAGES_PER_TALK + k];
  }

  /** The score of the slot's k-th best page. */
  float bestScore(int slot, int k) {
    return bestScores[slot * PAGES_PER_TALK + k];
  }

  /** Adds a page found another way (by meaning, or fused from two rankings) with its own score. */
  void offer(int leaf, int leafDoc, float score, int doc) {
    int talk = owners.talk(leaf, leafDoc);
    if (talk >= 0) {
      add(talk, score, doc);
    }
  }

  /** Several matching pages raise a talk, but never above a talk with a much better page. */
  float score(int slot) {
    int at = slot * PAGES_PER_TALK;
    float score = bestScores[at];
    for (int k = 1; k < bestCount(slot); k++) {
      score += 0.25f * bestScores[at + k];
    }
    return score;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) {
    int leaf = context.ord;
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        int talk = owners.talk(leaf, doc);
        if (talk >= 0) {
          add(talk, scorer.score(), base + doc);
        }
      }
    };
  }

  private void add(int talk, float score, int doc) {
    int slot = slotOfTalk[talk] - 1;
    if (slot < 0) {
      slot = newSlot(talk);
    }
    int kept = Math.min(PAGES_PER_TALK, matches[slot]);
    matches[slot]++;
    int first = slot * PAGES_PER_TALK;
    int at = kept;
    while (at > 0 && bestScores[first + at - 1] < score) {
      at--;
    }
    if (at >= PAGES_PER_TALK) {
      return;
    }
    int last = Math.min(kept, PAGES_PER_TALK - 1);
    for (int k = last; k > at; k--) {
      bestScores[first + k] = bestScores[first + k - 1];
      bestDocs[first + k] = bestDocs[first + k - 1];
    }
    bestScores[first + at] = score;
    bestDocs[first + at] = doc;
  }

  private int newSlot(int talk) {
    if (slots == talks.length) {
      int grown = talks.length * 2;
      talks = Arrays.copyOf(talks, grown);
      matches = Arrays.copyOf(matches, grown);
      bestScores = Arrays.copyOf(bestScores, grown * PAGES_PER_TALK);
      bestDocs = Arrays.copyOf(bestDocs, grown * PAGES_PER_TALK);
    }
    int slot = slots++;
    talks[slot] = talk;
    slotOfTalk[talk] = slot + 1;
    return slot;
  }
}
