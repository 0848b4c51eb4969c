package dev.lectern.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

/**
 * The meaning side of a search: turns the lexical grouping into the ranking the request's mode asks
 * for, and finds the lines of a slide that are closest in meaning to the query, for slides that
 * matched no word of it. Without a model (or with no vectors in the index yet) it answers lexically.
 */
public final class SemanticSearch {
  /** Lines of a slide considered for its snippet, and how long each may be. */
  private static final int MAX_LINES = 8;
  private static final int MAX_LINE = 120;
  private static final int CACHED_LINES = 4096;

  private final QueryVectors queries;
  private final float semanticWeight;
  private final Map<String, float[]> lines = new LinkedHashMap<>(CACHED_LINES * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHED_LINES;
    }
  };

  public SemanticSearch(QueryVectors queries) {
    this(queries, HybridRanking.SEMANTIC_WEIGHT);
  }

  /** {@code semanticWeight}: the meaning ranking's weight in the fusion, the words' being 1. */
  public SemanticSearch(QueryVectors queries, float semanticWeight) {
    this.queries = queries;
    this.semanticWeight = semanticWeight;
  }

  /** A search that never uses meaning. */
  public static SemanticSearch off() {
    return new SemanticSearch(null);
  }

  /** The weight the fusion gives the meaning ranking unless told otherwise. */
  public static float defaultWeight() {
    return HybridRanking.SEMANTIC_WEIGHT;
  }

  /** Whether this search can rank by meaning at all (a model is configured). */
  public boolean enabled() {
    return queries != null;
  }

  /** Whether a search now can rank by meaning: a model is configured and loaded. */
  boolean ready() {
    return queries != null && queries.ready();
  }

  /**
   * The talks to show for the mode: the lexical grouping as it is, the nearest slides grouped by
   * talk, or both fused. A query of filters alone (nothing to embed) stays lexical.
   */
  TalkGroupingCollector rank(SearchMode mode, String query, IndexSearcher searcher, TalkCatalog catalog,
      QueryTranslator.Translation translation, TalkGroupingCollector lexical) throws IOException {
    if (mode == SearchMode.LEXICAL || queries == null || !queries.ready() || translation.matchAll()) {
      return lexical;
    }
    HybridRanking ranking = new HybridRanking(searcher, catalog);
    if (!ranking.hasVectors()) {
      return lexical;
    }
    float[] vector = queries.of(query);
    if (vector == null) {
      return lexical;
    }
    TopDocs nearest = ranking.nearest(vector, translation.restrictions());
    return mode == SearchMode.SEMANTIC ? ranking.grouped(nearest)
        : ranking.fuse(HybridRanking.slides(lexical), 1f, nearest, semanticWeight);
  }

  /**
   * For each page text, its lines closest in meaning to the query, in slide order and HTML-escaped,
   * within {@code length} characters; pages with no text are left out.
   */
  Map<Integer, String> closestLines(String query, Map<Integer, String> texts, int length) {
    Map<Integer, String> snippets = new HashMap<>();
    if (queries == null || !queries.ready() || texts.isEmpty()) {
      return snippets;
    }
    float[] vector = queries.of(query);
    if (vector == null) {
      return snippets;
    }
    Map<Integer, List<String>> candidates = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    synchronized (lines) {
      texts.forEach((doc, text) -> {
        List<String> own = candidates(text);
        candidates.put(doc, own);
        own.stream().filter(line -> !lines.containsKey(line)).forEach(unknown::add);
      });
    }
    List<String> distinct = unknown.stream().distinct().toList();
    List<float[]> vectors = distinct.isEmpty() ? List.of() : queries.embedAll(distinct);
    synchronized (lines) {
      for (int i = 0; i < distinct.size(); i++) {
        lines.put(distinct.get(i), vectors.get(i));
      }
      candidates.forEach((doc, own) -> {
        if (!own.isEmpty()) {
          snippets.put(doc, best(own, vector, length));
        }
      });
    }
    return snippets;
  }

  /** The closest lines that fit, shown in the order the slide has them. */
  private String best(List<String> own, float[] query, int length) {
    Integer[] order = new Integer[own.size()];
    float[] similarity = new float[own.size()];
    for (int i = 0; i < own.size(); i++) {
      order[i] = i;
      float[] line = lines.get(own.get(i));
      similarity[i] = line == null ? -1 : dot(line, query);
    }
    Arrays.sort(order, (a, b) -> Float.compare(similarity[b], similarity[a]));
    List<Integer> chosen = new ArrayList<>();
    int used = 0;
    for (int i : order) {
      int cost = own.get(i).length() + (chosen.isEmpty() ? 0 : 3);
      if (!chosen.isEmpty() && used + cost > length) {
        break;
      }
      chosen.add(i);
      used += cost;
    }
    chosen.sort(Integer::compare);
    List<String> shown = chosen.stream().map(i -> Snippets.escape(own.get(i))).toList();
    return String.join(" … ", shown);
  }

  private static List<String> candidates(String text) {
    return text.lines().map(String::strip).filter(line -> line.codePointCount(0, line.length()) >= 3)
        .map(line -> line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line)
        .distinct().limit(MAX_LINES).toList();
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
