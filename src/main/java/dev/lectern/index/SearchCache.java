package dev.lectern.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Recent search answers, as Solr's queryResultCache and Elasticsearch's request cache keep them:
 * keyed by the whole request (the query as the request carries it, facet selections, order, page,
 * size, highlighting, mode), and valid for one {@link Source} only. Every answer depends on the index
 * snapshot it was computed on, the archive's glossary as last read, and whether meaning could be
 * ranked; when any of them changes the whole cache is dropped at the next search, so an edit, an
 * upload, new embeddings or a glossary change show at once. Bounded by the snippets it holds (an
 * answer of 100 talks weighs more than one of 10), least recently used out first.
 */
public final class SearchCache {
  /** Page hits (each a snippet of about 180 characters) held in all: a few MB of heap. */
  public static final int DEFAULT_WEIGHT = 16_384;

  private final int maxWeight;
  private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(Source.NONE));
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder invalidations = new LongAdder();

  /**
   * What an answer depends on besides its request, compared by identity: the snapshot's reader (its
   * cache key), the glossary's current reading, and whether hybrid search can rank by meaning yet.
   */
  record Source(Object reader, Object glossary, boolean meaning) {
    static final Source NONE = new Source(new Object(), new Object(), false);

    boolean same(Source other) {
      return reader == other.reader && glossary == other.glossary && meaning == other.meaning;
    }
  }

  /** The answers of one source; replaced, never cleared in place, so a late answer of an old one is dropped. */
  private static final class Generation {
    final Source source;
    final LinkedHashMap<SearchRequest, SearchResult> answers = new LinkedHashMap<>(64, 0.75f, true);
    int weight;

    Generation(Source source) {
      this.source = source;
    }
  }

  /** A cache holding answers up to {@code maxWeight} page hits; 0 keeps nothing. */
  public SearchCache(int maxWeight) {
    if (maxWeight < 0) {
      throw new IllegalArgumentException("maxWeight must be 0 or more, was " + maxWeight);
    }
    this.maxWeight = maxWeight;
  }

  /** A cache that keeps nothing (and counts nothing): every search is computed. */
  public static SearchCache off() {
    return new SearchCache(0);
  }

  public boolean enabled() {
    return maxWeight > 0;
  }

  /** The answer to {@code request} computed on {@code source}, or null (counted as a miss). */
  SearchResult get(Source source, SearchRequest request) {
    Generation generation = generation(source);
    SearchResult answer;
    synchronized (generation) {
      answer = generation.answers.get(request);
    }
    (answer == null ? misses : hits).increment();
    return answer;
  }

  /** Keeps {@code answer}, unless the source has changed since it was computed. */
  void put(Source source, SearchRequest request, SearchResult answer) {
    Generation generation = current.get();
    if (!generation.source.same(source)) {
      return;
    }
    int weight = weight(answer);
    if (weight > maxWeight) {
      return;
    }
    synchronized (generation) {
      SearchResult replaced = generation.answers.put(request, answer);
      generation.weight += weight - (replaced == null ? 0 : weight(replaced));
      Iterator<SearchResult> eldest = generation.answers.values().iterator();
      while (generation.weight > maxWeight && eldest.hasNext()) {
        generation.weight -= weight(eldest.next());
        eldest.remove();
      }
    }
  }

  /** The generation of {@code source}, starting an empty one when the source has changed. */
  private Generation generation(Source source) {
    while (true) {
      Generation generation = current.get();
      if (generation.source.same(source)) {
        return generation;
      }
      Generation fresh = new Generation(source);
      if (current.compareAndSet(generation, fresh)) {
        if (generation.source != Source.NONE) {
          invalidations.increment();
        }
        return fresh;
      }
    }
  }

  private static int weight(SearchResult answer) {
    int weight = 1;
    for (SearchResult.Hit hit : answer.hits()) {
      weight += hit.pages().size();
    }
    return weight;
  }

  public long hits() {
    return hits.sum();
  }

  public long misses() {
    return misses.sum();
  }

  /** How many times a changed index, glossary or model state dropped the answers kept. */
  public long invalidations() {
    return invalidations.sum();
  }

  /** Answers kept now. */
  public int entries() {
    Generation generation = current.get();
    synchronized (generation) {
      return generation.answers.size();
    }
  }
}
