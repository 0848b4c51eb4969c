package dev.lectern.index;

import dev.lectern.model.Talk;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Talks like a given one: more-like-this over the talk's slide text and tags, run against every
 * other talk's pages and grouped by talk like a search.
 */
public final class RelatedTalks {
  private static final int MAX_TEXT = 20_000;

  private final SlideIndex index;
  private final TalkPages pages;

  public RelatedTalks(SlideIndex index) {
    this.index = index;
    this.pages = new TalkPages(index);
  }

  public List<Talk> of(Talk talk, int limit) throws IOException {
    StringBuilder text = new StringBuilder(talk.title()).append('\n').append(String.join(" ", talk.tags()));
    for (PageText page : pages.of(talk.id())) {
      if (text.length() > MAX_TEXT) {
        break;
      }
      text.append('\n').append(page.text());
    }
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      MoreLikeThis mlt = new MoreLikeThis(snapshot.searcher().getIndexReader());
      mlt.setAnalyzer(FieldAnalyzers.forQuerying());
      mlt.setFieldNames(new String[] {Schema.TEXT, Schema.TAGS});
      mlt.setMinTermFreq(2);
      mlt.setMinDocFreq(2);
      mlt.setMaxQueryTerms(30);
      Query like = mlt.like(Schema.TEXT, new StringReader(text.toString()));
      Query query = new BooleanQuery.Builder()
          .add(like, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PAGE)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Schema.TALK_ID, talk.id())), BooleanClause.Occur.MUST_NOT)
          .build();
      TalkGroupingCollector groups = new TalkGroupingCollector(snapshot.catalog());
      snapshot.searcher().search(query, groups);
      List<Integer> ranked = new ArrayList<>(groups.size());
      for (int slot = 0; slot < groups.size(); slot++) {
        ranked.add(slot);
      }
      // Best score first; among equals the newer talk (a lower ordinal), so the list is stable.
      ranked.sort(Comparator.comparingDouble((Integer slot) -> -groups.score(slot)).thenComparingInt(groups::talk));
      TalkTable table = snapshot.catalog().table();
      return ranked.stream().limit(limit).map(slot -> table.talk(groups.talk(slot))).toList();
    } finally {
      index.release(snapshot);
    }
  }
}
