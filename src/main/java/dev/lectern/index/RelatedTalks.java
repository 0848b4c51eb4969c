package dev.lectern.index;

import dev.lectern.model.Talk;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Talks like a given one. First by words: more-like-this over the talk's slide text and tags, run
 * against every other talk's pages and grouped by talk. When the words find fewer talks than asked
 * (little text, or the related talks are in another language) and the talk's slides carry vectors,
 * the rest are the talks nearest in meaning: the mean of its slide vectors is the talk's topic, and
 * the talks whose slides lie nearest to it (asked per talk language, as a search by meaning is)
 * follow. Words come first because on the shared corpus they agreed better with the talks' series
 * and topics than the vectors did (BENCHMARKS.md); while slides await embedding, words alone answer.
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
    List<Talk> words = byWords(talk, limit);
    if (words.size() >= limit) {
      return words;
    }
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      float[] topic = topic(snapshot.searcher(), talk.id());
      if (topic == null) {
        return words;
      }
      Map<String, Talk> merged = new LinkedHashMap<>();
      words.forEach(t -> merged.put(t.id(), t));
      for (Talk near : byMeaning(snapshot, talk, topic, limit + words.size())) {
        if (merged.size() < limit) {
          merged.putIfAbsent(near.id(), near);
        }
      }
      return List.copyOf(merged.values());
    } finally {
      index.release(snapshot);
    }
  }

  private static List<Talk> byMeaning(SlideIndex.Snapshot snapshot, Talk talk, float[] topic, int limit)
      throws IOException {
    HybridRanking ranking = new HybridRanking(snapshot.searcher(), snapshot.catalog());
    TopDocs nearest = ranking.nearest(topic, List.of(
        new BooleanClause(new TermQuery(new Term(Schema.TALK_ID, talk.id())), BooleanClause.Occur.MUST_NOT)));
    return ranked(ranking.grouped(nearest), snapshot.catalog(), limit);
  }

  /** The unit-length mean of the talk's slide vectors; null when none of its slides has one yet. */
  private static float[] topic(IndexSearcher searcher, String talkId) throws IOException {
    Query pages = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TALK_ID, talkId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PAGE)), BooleanClause.Occur.FILTER)
        .build();
    float[] sum = null;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues vectors = vectorsOf(leaf.reader());
      Scorer scorer = vectors == null ? null
          : searcher.createWeight(searcher.rewrite(pages), ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
      if (scorer == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator withVector = vectors.iterator();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (withVector.docID() < doc) {
          withVector.advance(doc);
        }
        if (withVector.docID() != doc) {
          continue;
        }
        float[] vector = vectors.vectorValue(withVector.index());
        sum = sum == null ? new float[vector.length] : sum;
        for (int i = 0; i < vector.length && i < sum.length; i++) {
          sum[i] += vector[i];
        }
      }
    }
    return sum == null ? null : unit(sum);
  }

  /** The segment's slide vectors, of whichever dimension the index holds. */
  private static FloatVectorValues vectorsOf(LeafReader reader) throws IOException {
    for (FieldInfo field : reader.getFieldInfos()) {
      if (field.getVectorDimension() > 0 && field.name.startsWith(Schema.VECTOR)) {
        return reader.getFloatVectorValues(field.name);
      }
    }
    return null;
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    if (norm == 0) {
      return null;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < vector.length; i++) {
      vector[i] *= scale;
    }
    return vector;
  }

  private List<Talk> byWords(Talk talk, int limit) throws IOException {
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
      return ranked(groups, snapshot.catalog(), limit);
    } finally {
      index.release(snapshot);
    }
  }

  /** Best score first; among equals the newer talk (a lower ordinal), so the list is stable. */
  private static List<Talk> ranked(TalkGroupingCollector groups, TalkCatalog catalog, int limit) {
    List<Integer> ranked = new ArrayList<>(groups.size());
    for (int slot = 0; slot < groups.size(); slot++) {
      ranked.add(slot);
    }
    ranked.sort(Comparator.comparingDouble((Integer slot) -> -groups.score(slot)).thenComparingInt(groups::talk));
    TalkTable table = catalog.table();
    return ranked.stream().limit(limit).map(slot -> table.talk(groups.talk(slot))).toList();
  }
}
