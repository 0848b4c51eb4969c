package dev.lectern.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Ranks slides by meaning (nearest slide vectors under the query's filters) and fuses that ranking
 * with the lexical one by reciprocal rank fusion, slide by slide, before grouping slides into
 * talks. Fusion works on ranks, not scores, so BM25 and cosine never need a common scale.
 */
final class HybridRanking {
  /** HNSW searches as wide as the k it is asked for: ask wide, cut afterwards. */
  static final int NEAREST = 100;
  /**
   * How wide the one HNSW search shared by every talk language is. Wider costs more per search but
   * leaves fewer languages to ask apart; measured at 100k slides (BENCHMARKS.md).
   */
  static final int SHARED = 500;
  /** The usual RRF constant: rank 1 and rank 10 differ, rank 60 and 70 barely. */
  static final int RRF_K = 60;
  /**
   * The meaning ranking counts half as much as the words': a slide that only the model finds ranks
   * below the lexical matches' best, and the model mostly reorders what the words found. With equal
   * weights, identifier and typo queries (whose words are exact) lost MRR to near neighbours.
   */
  static final float SEMANTIC_WEIGHT = 0.5f;
  /**
   * Semantic neighbours kept: those within this cosine distance of the nearest. Every query has
   * 100 nearest slides, but only those about as close as the best are about the query.
   */
  static final float CUT = 0.08f;
  /**
   * The nearest slides kept whatever their distance: a query in the other language than its talk
   * sits farther from every slide (the model keeps some of the language in its vectors), and its
   * talk must still be found.
   */
  static final int ALWAYS_KEPT = 10;

  private final IndexSearcher searcher;
  private final TalkCatalog catalog;

  HybridRanking(IndexSearcher searcher, TalkCatalog catalog) {
    this.searcher = searcher;
    this.catalog = catalog;
  }

  /** Whether any page of this snapshot carries a vector (of any model). */
  boolean hasVectors() {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      for (var field : leaf.reader().getFieldInfos()) {
        if (field.getVectorDimension() > 0 && field.name.startsWith(Schema.VECTOR)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The slides nearest to the vector among those passing {@code restrictions}, cut to the close ones,
   * per talk language. The model keeps some of a text's language in its vector, so a query sits
   * closer to every slide in its own language than to the best one in another: compared in one list,
   * a Chinese question never reaches the English talk on its topic. So a slide's closeness is measured
   * from the nearest slide of its own language, and the languages' lists are merged on that.
   *
   * <p>Each language's list comes from one shared HNSW search, {@link #SHARED} wide, split by language;
   * a language is asked apart (a filtered search, several times the cost of an unfiltered one) only
   * when the shared list cannot vouch for its close slides: too few of them there, and slides of
   * other languages close enough to hide more.
   */
  TopDocs nearest(float[] vector, List<BooleanClause> restrictions) throws IOException {
    List<String> languages = languages();
    if (languages.size() <= 1) {
      return relativeToBest(nearest(vector, restrictions, null, NEAREST));
    }
    ScoreDoc[] hits = nearest(vector, restrictions, null, SHARED).scoreDocs;
    List<List<ScoreDoc>> own = byLanguage(hits, languages);
    boolean everything = hits.length < SHARED; // the restrictions leave fewer slides: every one is here
    float last = hits.length == 0 ? Float.NEGATIVE_INFINITY : hits[hits.length - 1].score;
    List<ScoreDoc> merged = new ArrayList<>();
    for (int i = 0; i < languages.size(); i++) {
      TopDocs list = everything || vouches(own.get(i), last) ? topDocs(own.get(i))
          : nearest(vector, restrictions, languages.get(i), NEAREST);
      merged.addAll(List.of(relativeToBest(list).scoreDocs));
    }
    merged.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return topDocs(merged);
  }

  /**
   * Whether a language's part of the shared list is what asking that language apart would keep:
   * its {@link #NEAREST} nearest are all there, or its first {@link #ALWAYS_KEPT} are and every slide
   * the shared search left out (none closer than its last) is too far from this language's best to be kept.
   */
  private static boolean vouches(List<ScoreDoc> hits, float sharedLast) {
    return hits.size() >= NEAREST || hits.size() >= ALWAYS_KEPT && sharedLast < floor(hits.get(0).score);
  }

  /**
   * The shared list's hits of each language, in the list's order, at most {@link #NEAREST} each. A hit's
   * language is read from the same term a language's filter would match.
   */
  private List<List<ScoreDoc>> byLanguage(ScoreDoc[] hits, List<String> languages) throws IOException {
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
    Map<Integer, Integer> language = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < languages.size(); i++) {
      Term term = new Term(Schema.LANG, languages.get(i));
      PostingsEnum postings = null;
      int leafOrd = -1;
      for (ScoreDoc hit : byDoc) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        if (leaf.ord != leafOrd) {
          leafOrd = leaf.ord;
          postings = leaf.reader().postings(term, PostingsEnum.NONE);
        }
        int doc = hit.doc - leaf.docBase;
        if (postings != null && (postings.docID() >= doc ? postings.docID() : postings.advance(doc)) == doc) {
          language.putIfAbsent(hit.doc, i);
        }
      }
    }
    List<List<ScoreDoc>> own = new ArrayList<>();
    languages.forEach(each -> own.add(new ArrayList<>()));
    for (ScoreDoc hit : hits) {
      Integer i = language.get(hit.doc);
      if (i != null && own.get(i).size() < NEAREST) {
        own.get(i).add(hit);
      }
    }
    return own;
  }

  private static TopDocs topDocs(List<ScoreDoc> hits) {
    return new TopDocs(new TotalHits(hits.size(), TotalHits.Relation.EQUAL_TO), hits.toArray(ScoreDoc[]::new));
  }

  private TopDocs nearest(float[] vector, List<BooleanClause> restrictions, String language, int k)
      throws IOException {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
    restrictions.forEach(filter::add);
    if (language != null) {
      filter.add(new TermQuery(new Term(Schema.LANG, language)), BooleanClause.Occur.FILTER);
    }
    return searcher.search(new KnnFloatVectorQuery(Schema.vectorField(vector.length), vector, k, filter.build()), k);
  }

  /** The talk languages of this snapshot's pages. */
  private List<String> languages() throws IOException {
    List<String> languages = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.LANG);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        languages.add(term.utf8ToString());
      }
    }
    return languages;
  }

  /**
   * The close ones of one list, each scored by its distance from the list's nearest (1 for the
   * nearest): the first {@link #ALWAYS_KEPT}, and the others within {@link #CUT} of the nearest.
   */
  private static TopDocs relativeToBest(TopDocs top) {
    if (top.scoreDocs.length == 0) {
      return top;
    }
    float best = top.scoreDocs[0].score;
    float floor = floor(best);
    List<ScoreDoc> kept = new ArrayList<>();
    for (int rank = 0; rank < top.scoreDocs.length; rank++) {
      ScoreDoc hit = top.scoreDocs[rank];
      if (rank < ALWAYS_KEPT || hit.score >= floor) {
        kept.add(new ScoreDoc(hit.doc, 1f - (best - hit.score)));
      }
    }
    return topDocs(kept);
  }

  /** The lowest score kept beyond the first {@link #ALWAYS_KEPT} of a list whose nearest scores {@code best}. */
  private static float floor(float best) {
    // Lucene's cosine score is (1 + cos) / 2: a cosine margin is half as wide in score.
    return best - CUT / 2;
  }

  /** The lexical matches' best slides, best first, as one ranking. */
  static TopDocs slides(TalkGroupingCollector lexical) {
    List<ScoreDoc> slides = new ArrayList<>();
    for (int slot = 0; slot < lexical.size(); slot++) {
      for (int k = 0; k < lexical.bestCount(slot); k++) {
        slides.add(new ScoreDoc(lexical.bestDoc(slot, k), lexical.bestScore(slot, k)));
      }
    }
    slides.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return topDocs(slides);
  }

  /**
   * Fuses the rankings by weighted RRF at slide level (a slide scores the sum of
   * {@code weight / (RRF_K + rank)} over the rankings it is in) and groups the fused slides by talk.
   */
  TalkGroupingCollector fuse(TopDocs lexical, float lexicalWeight, TopDocs semantic, float semanticWeight) {
    // The meaning ranking is short (at most NEAREST a language); the words' holds the best slides of every
    // talk with a word, thousands at 100k slides: only the short one is looked up by document.
    Map<Integer, Integer> semanticRanks = new HashMap<>();
    for (int rank = 0; rank < semantic.scoreDocs.length; rank++) {
      semanticRanks.put(semantic.scoreDocs[rank].doc, rank);
    }
    ScoreDoc[] fused = new ScoreDoc[lexical.scoreDocs.length + semantic.scoreDocs.length];
    int count = 0;
    for (int rank = 0; rank < lexical.scoreDocs.length; rank++) {
      int doc = lexical.scoreDocs[rank].doc;
      float score = rrf(lexicalWeight, rank);
      Integer semanticRank = semanticRanks.remove(doc);
      if (semanticRank != null) {
        score += rrf(semanticWeight, semanticRank);
      }
      fused[count++] = new ScoreDoc(doc, score);
    }
    for (int rank = 0; rank < semantic.scoreDocs.length; rank++) {
      int doc = semantic.scoreDocs[rank].doc;
      if (semanticRanks.containsKey(doc)) { // found by meaning alone
        fused[count++] = new ScoreDoc(doc, rrf(semanticWeight, rank));
      }
    }
    Arrays.sort(fused, 0, count,
        (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return grouped(new TopDocs(new TotalHits(count, TotalHits.Relation.EQUAL_TO), Arrays.copyOf(fused, count)));
  }

  /** What a slide at {@code rank} (0 first) of a ranking of this weight adds to its fused score. */
  private static float rrf(float weight, int rank) {
    return weight / (RRF_K + rank + 1);
  }

  /** Slides grouped by their talk, each talk scored by its best slides. */
  TalkGroupingCollector grouped(TopDocs slides) {
    TalkGroupingCollector groups = new TalkGroupingCollector(catalog);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc hit : slides.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      groups.offer(leaf.ord, hit.doc - leaf.docBase, hit.score, hit.doc);
    }
    return groups;
  }
}
