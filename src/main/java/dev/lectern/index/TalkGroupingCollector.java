package dev.lectern.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Groups every matching page by its talk, keeping the talk's best few pages. Talks are few next to
 * pages, so one map entry per matching talk is cheap, and it lets facets count talks, not pages.
 */
final class TalkGroupingCollector implements Collector {
  static final int PAGES_PER_TALK = 3;

  /** A matching page: its score and global doc id. */
  record Scored(float score, int doc) {}

  /** The pages of one talk that matched: how many, and the best few. */
  static final class Group {
    int matches;
    final List<Scored> best = new ArrayList<>(PAGES_PER_TALK + 1);

    void add(float score, int doc) {
      matches++;
      int at = best.size();
      while (at > 0 && best.get(at - 1).score() < score) {
        at--;
      }
      if (at < PAGES_PER_TALK) {
        best.add(at, new Scored(score, doc));
        if (best.size() > PAGES_PER_TALK) {
          best.remove(PAGES_PER_TALK);
        }
      }
    }

    /** Several matching pages raise a talk, but never above a talk with a much better page. */
    float score() {
      float score = best.get(0).score();
      for (int i = 1; i < best.size(); i++) {
        score += 0.25f * best.get(i).score();
      }
      return score;
    }
  }

  private final Map<String, Group> groups = new HashMap<>();

  Map<String, Group> groups() {
    return groups;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedDocValues talkIds = DocValues.getSorted(context.reader(), Schema.TALK_ID);
    String[] names = new String[Math.max(0, talkIds.getValueCount())];
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        if (!talkIds.advanceExact(doc)) {
          return;
        }
        int ord = talkIds.ordValue();
        String talk = names[ord];
        if (talk == null) {
          talk = talkIds.lookupOrd(ord).utf8ToString();
          names[ord] = talk;
        }
        groups.computeIfAbsent(talk, k -> new Group()).add(scorer.score(), base + doc);
      }
    };
  }
}
