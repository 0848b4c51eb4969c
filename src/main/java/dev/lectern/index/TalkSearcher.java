package dev.lectern.index;

import dev.lectern.index.analysis.Glossary;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Answers searches: translates the query, groups matching pages by talk, applies facet selections,
 * orders and pages the talks, and highlights each talk's best pages.
 */
public final class TalkSearcher {
  static final int SNIPPET_LENGTH = 180;
  /** At most this many talks with every word, and a respelling that finds clearly more is offered. */
  private static final int FEW_HITS = 3;
  private static final Set<String> SNIPPET_FIELDS = Set.of(Schema.TEXT, Schema.NOTES);

  private final SlideIndex index;
  private final Analyzer analyzer;
  private final QueryTranslator translator;
  private final Speller speller;
  private final SemanticSearch semantic;
  private final Glossary glossary;
  private final SearchCache cache;

  /** A searcher with Lectern's built-in glossary only. */
  public TalkSearcher(SlideIndex index) {
    this(index, new Glossary(null));
  }

  public TalkSearcher(SlideIndex index, Glossary glossary) {
    this(index, glossary, SemanticSearch.off());
  }

  /** A searcher that computes every answer (benchmarks and tests measure the engine, not a cache). */
  public TalkSearcher(SlideIndex index, Glossary glossary, SemanticSearch semantic) {
    this(index, glossary, semantic, SearchCache.off());
  }

  public TalkSearcher(SlideIndex index, Glossary glossary, SemanticSearch semantic, SearchCache cache) {
    this.index = index;
    this.glossary = glossary;
    this.cache = cache;
    this.analyzer = FieldAnalyzers.forQuerying();
    this.translator = new QueryTranslator(analyzer, glossary);
    this.speller = new Speller(analyzer);
    this.semantic = semantic;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    return search(request, true);
  }

  /**
   * The answer to {@code request}; from the cache when {@code cached} and the same request was
   * answered on the same index snapshot (with the same glossary and model state) and kept. An answer
   * from the cache differs from the computed one in {@code tookMs} only.
   */
  public SearchResult search(SearchRequest request, boolean cached) throws IOException {
    long start = System.nanoTime();
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      if (!cached || !cache.enabled()) {
        return compute(request, snapshot, start);
      }
      IndexReader reader = snapshot.searcher().getIndexReader();
      IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
      SearchCache.Source source = new SearchCache.Source(helper == null ? reader : helper.getKey(),
          glossary.reading(), semantic.ready());
      SearchResult kept = cache.get(source, request);
      if (kept != null) {
        return withTook(kept, start);
      }
      SearchResult answer = compute(request, snapshot, start);
      cache.put(source, request, answer);
      return answer;
    } finally {
      index.release(snapshot);
    }
  }

  private static SearchResult withTook(SearchResult r, long start) {
    return new SearchResult(r.query(), r.total(), r.matchedAll(), (System.nanoTime() - start) / 1_000_000, r.page(),
        r.size(), r.didYouMean(), r.notice(), r.notices(), r.hits(), r.facets());
  }

  private SearchResult compute(SearchRequest request, SlideIndex.Snapshot snapshot, long start) throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    TalkCatalog catalog = snapshot.catalog();
    QueryTranslator.Translation translation = translator.translate(request.query(), catalog.meetupNames());
    Matches matches = match(searcher, catalog, translation);
    List<Notice> notices = new ArrayList<>(translation.notices());
    String didYouMean = null;
    if (!translation.words().isEmpty() && matches.coverage().allCount() <= FEW_HITS) {
      String respelled = speller.suggest(searcher.getIndexReader(), request.query(), translation.words());
      Matches better = respelled == null ? null : match(searcher, catalog, translator.translate(respelled, catalog.meetupNames()));
      if (better != null && clearlyMore(better.coverage().allCount(), matches.coverage().allCount())) {
        didYouMean = respelled;
        if (matches.coverage().allCount() == 0) {
          matches = better;
          notices.add(Notice.respelled(respelled));
        }
      }
    }
    if (matches.groups().isEmpty() && !translation.words().isEmpty()) {
      Query fuzzy = translator.fuzzy(translation.words());
      if (fuzzy != null) {
        TalkGroupingCollector close = collect(searcher, catalog, fuzzy);
        if (!close.isEmpty()) {
          matches = new Matches(close, WordCoverage.complete(close), fuzzy);
          notices.add(Notice.closeMatches());
        }
      }
    }
    TalkGroupingCollector groups = matches.groups();
    WordCoverage coverage = matches.coverage();
    TalkGroupingCollector ranked = semantic.rank(request.mode(), request.query(), searcher, catalog, translation,
        groups);
    if (ranked != groups) {
      groups = ranked; // fused with the nearest slides: which words each talk covers, again
      coverage = WordCoverage.of(searcher, catalog, translation, groups);
    }
    TalkTable table = catalog.table();
    TalkFacets facets = new TalkFacets(request.facets(), table);
    int matched = groups.size();
    int[] talks = new int[matched];
    int[] failures = new int[matched];
    int[] accepted = new int[matched];
    int total = 0;
    int withEveryWord = 0;
    for (int slot = 0; slot < matched; slot++) {
      talks[slot] = groups.talk(slot);
      failures[slot] = facets.failures(talks[slot]);
      if (failures[slot] == 0) {
        accepted[total++] = slot;
        withEveryWord += coverage.all(slot) ? 1 : 0;
      }
    }
    Map<String, List<SearchResult.FacetCount>> facetCounts = facets.count(talks, failures, matched);
    int from = (int) Math.min(total, (request.page() - 1L) * request.size());
    int to = Math.min(total, from + request.size());
    selectTop(accepted, total, to, order(request.order(), translation.matchAll(), groups, coverage, table));
    List<SearchResult.Hit> hits = hits(snapshot, matches.query(), request,
        Arrays.copyOfRange(accepted, from, to), groups, coverage, table);
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query(), total, withEveryWord, tookMs, request.page(), request.size(),
        didYouMean, Notice.joined(notices), List.copyOf(notices), List.copyOf(hits), facetCounts);
  }

  /** Matching talks, which words each has, and the page query that found them (for snippets). */
  private record Matches(TalkGroupingCollector groups, WordCoverage coverage, Query query) {}

  /** A respelling is offered only when it finds clearly more talks with every word than the query as typed. */
  private static boolean clearlyMore(int respelled, int typed) {
    return respelled >= 2 * typed + 1;
  }

  /** Talks with at least one of the words (every word when the query has one group), in tiers. */
  private static Matches match(IndexSearcher searcher, TalkCatalog catalog, QueryTranslator.Translation translation)
      throws IOException {
    TalkGroupingCollector groups = collect(searcher, catalog, translation.pageQuery());
    return new Matches(groups, WordCoverage.of(searcher, catalog, translation, groups), translation.pageQuery());
  }

  private static TalkGroupingCollector collect(IndexSearcher searcher, TalkCatalog catalog, Query query)
      throws IOException {
    TalkGroupingCollector collector = new TalkGroupingCollector(catalog);
    searcher.search(query, collector);
    return collector;
  }

  /** Matching talks and pages per dated meetup, oldest first, and those of undated meetups, for a timeline of a topic. */
  public Trend trend(String userQuery) throws IOException {
    if (userQuery == null || userQuery.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("query must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      QueryTranslator.Translation translation = translator.translate(userQuery, snapshot.catalog().meetupNames());
      Matches matches = match(snapshot.searcher(), snapshot.catalog(), translation);
      TalkGroupingCollector groups = matches.groups();
      TalkTable table = snapshot.catalog().table();
      Map<String, int[]> byMeetup = new HashMap<>();
      Map<String, dev.lectern.model.MeetupRef> meetups = new HashMap<>();
      int undatedTalks = 0;
      int undatedPages = 0;
      for (int slot = 0; slot < groups.size(); slot++) {
        Talk talk = table.talk(groups.talk(slot));
        if (!matches.coverage().all(slot)) {
          continue;
        }
        if (talk.meetup().date().isEmpty()) {
          undatedTalks++;
          undatedPages += groups.matches(slot);
          continue;
        }
        meetups.put(talk.meetup().id(), talk.meetup());
        int[] counts = byMeetup.computeIfAbsent(talk.meetup().id(), k -> new int[2]);
        counts[0]++;
        counts[1] += groups.matches(slot);
      }
      List<TrendPoint> points = new ArrayList<>();
      byMeetup.forEach((id, counts) -> points.add(new TrendPoint(meetups.get(id), counts[0], counts[1])));
      points.sort(Comparator.comparing((TrendPoint p) -> p.meetup().date()).thenComparing(p -> p.meetup().id()));
      return new Trend(points, undatedTalks, undatedPages);
    } finally {
      index.release(snapshot);
    }
  }

  /** Compares two slots of a {@link TalkGroupingCollector}. */
  @FunctionalInterface
  private interface SlotOrder {
    int compare(int a, int b);
  }

  /**
   * Talks with every word come first in every order. Relevance: then what the words a talk has are
   * worth, score, newest, id (a talk's ordinal is its place newest first, id breaking ties). Listing
   * everything: newest first. By date: the date, then score, then id.
   */
  private static SlotOrder order(SearchRequest.Order order, boolean matchAll, TalkGroupingCollector groups,
      WordCoverage coverage, TalkTable table) {
    SlotOrder within = order(order, matchAll, groups, table, coverage);
    return (a, b) -> {
      int byTier = Boolean.compare(coverage.all(b), coverage.all(a));
      return byTier != 0 ? byTier : within.compare(a, b);
    };
  }

  private static SlotOrder order(SearchRequest.Order order, boolean matchAll, TalkGroupingCollector groups,
      TalkTable table, WordCoverage coverage) {
    float[] scores = new float[groups.size()];
    for (int slot = 0; slot < scores.length; slot++) {
      scores[slot] = groups.score(slot);
    }
    return switch (order) {
      case NEWEST -> (a, b) -> compare(table.dateDescending(groups.talk(a)), table.dateDescending(groups.talk(b)),
          scores, a, b, groups, table);
      case OLDEST -> (a, b) -> compare(table.dateAscending(groups.talk(a)), table.dateAscending(groups.talk(b)),
          scores, a, b, groups, table);
      case RELEVANCE -> matchAll
          ? (a, b) -> Integer.compare(groups.talk(a), groups.talk(b))
          : (a, b) -> {
            int byWords = Float.compare(coverage.weight(b), coverage.weight(a));
            int byScore = byWords != 0 ? byWords : Float.compare(scores[b], scores[a]);
            return byScore != 0 ? byScore : Integer.compare(groups.talk(a), groups.talk(b));
          };
    };
  }

  private static int compare(int dateA, int dateB, float[] scores, int a, int b,
      TalkGroupingCollector groups, TalkTable table) {
    int byDate = Integer.compare(dateA, dateB);
    if (byDate != 0) {
      return byDate;
    }
    int byScore = Float.compare(scores[b], scores[a]);
    return byScore != 0 ? byScore : Integer.compare(table.idRank(groups.talk(a)), table.idRank(groups.talk(b)));
  }

  /**
   * Puts the first {@code k} of {@code n} slots, in order, at the front. A page of results needs
   * only those, so the rest are never sorted: a heap of the best k seen so far, worst on top.
   */
  private static void selectTop(int[] slots, int n, int k, SlotOrder order) {
    if (k <= 0) {
      return;
    }
    int[] heap = new int[k];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int slot = slots[i];
      if (size < k) {
        heap[size] = slot;
        siftUp(heap, size++, order);
      } else if (order.compare(slot, heap[0]) < 0) {
        heap[0] = slot;
        siftDown(heap, size, order);
      }
    }
    for (int i = size - 1; i >= 0; i--) {
      slots[i] = heap[0];
      heap[0] = heap[i];
      siftDown(heap, i, order);
    }
  }

  private static void siftUp(int[] heap, int at, SlotOrder order) {
    int slot = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (order.compare(heap[parent], slot) >= 0) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = slot;
  }

  private static void siftDown(int[] heap, int size, SlotOrder order) {
    int slot = heap[0];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && order.compare(heap[child + 1], heap[child]) > 0) {
        child++;
      }
      if (order.compare(heap[child], slot) <= 0) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = slot;
  }

  private List<SearchResult.Hit> hits(SlideIndex.Snapshot snapshot, Query query, SearchRequest request, int[] slots,
      TalkGroupingCollector groups, WordCoverage coverage, TalkTable table) throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    boolean highlight = request.highlight();
    int[] ids = Arrays.stream(slots)
        .flatMap(slot -> IntStream.range(0, groups.bestCount(slot)).map(k -> groups.bestDoc(slot, k)))
        .toArray();
    Map<Integer, SlideHighlighter.PageText> texts = SlideHighlighter.read(searcher, ids);
    Set<Integer> inNotes = new HashSet<>();
    Map<Integer, String> snippets = highlight ? snippets(snapshot, query, ids, texts, inNotes) : Map.of();
    PageNumbers numbers = PageNumbers.read(searcher.getIndexReader(), ids);
    Map<Integer, String> byMeaning = highlight && request.mode() != SearchMode.LEXICAL
        ? semantic.closestLines(request.query(), unmarked(slots, groups, snippets, texts), SNIPPET_LENGTH) : Map.of();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int slot : slots) {
      List<SearchResult.PageHit> pages = new ArrayList<>();
      for (int k = 0; k < groups.bestCount(slot); k++) {
        int doc = groups.bestDoc(slot, k);
        int page = numbers.page(doc);
        if (page == 0) {
          continue; // the page-less document of a talk whose files have no text
        }
        String snippet = snippets.get(doc);
        if (snippet == null || snippet.isEmpty()) {
          snippet = byMeaning.get(doc); // found by meaning: the lines closest to the query
        }
        if (snippet == null || snippet.isEmpty()) {
          snippet = Snippets.lead(texts.get(doc).text(), SNIPPET_LENGTH); // it matched outside its text
        }
        pages.add(new SearchResult.PageHit(numbers.file(doc), page, snippet, inNotes.contains(doc),
            texts.get(doc).skipped()));
      }
      hits.add(new SearchResult.Hit(table.talk(groups.talk(slot)), groups.score(slot),
          coverage.all(slot) ? SearchResult.MATCHED_ALL : SearchResult.MATCHED_PARTIAL, pages));
    }
    return hits;
  }

  /** The first shown page of each talk whose snippet marks no query word, with its text. */
  private static Map<Integer, String> unmarked(int[] slots, TalkGroupingCollector groups, Map<Integer, String> snippets,
      Map<Integer, SlideHighlighter.PageText> texts) {
    Map<Integer, String> unmarked = new HashMap<>();
    for (int slot : slots) {
      int doc = groups.bestDoc(slot, 0);
      String snippet = snippets.get(doc);
      SlideHighlighter.PageText text = texts.get(doc);
      if ((snippet == null || snippet.isEmpty()) && text != null && !text.text().isBlank()) {
        unmarked.put(doc, text.text());
      }
    }
    return unmarked;
  }

  /** Highlighted passages by page document; {@code fromNotes} receives the pages whose passage is from their notes. */
  private Map<Integer, String> snippets(SlideIndex.Snapshot snapshot, Query query, int[] ids,
      Map<Integer, SlideHighlighter.PageText> texts, Set<Integer> fromNotes) throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    Query onSlides = FieldQueries.only(query, SNIPPET_FIELDS);
    if (ids.length == 0 || onSlides == null) {
      return Map.of();
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withScorer(new SnippetScorer())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
        .withHighlightPhrasesStrictly(true);
    UnifiedHighlighter highlighter = new SlideHighlighter(builder, texts, snapshot.fields());
    String[] text = highlighter.highlightFields(new String[] {Schema.TEXT}, onSlides, ids, new int[] {1})
        .get(Schema.TEXT);
    Map<Integer, String> snippets = new HashMap<>();
    List<Integer> inNotes = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (text[i] != null && text[i].contains("<mark>")) {
        snippets.put(ids[i], Snippets.tidy(text[i]));
      } else {
        inNotes.add(ids[i]);
      }
    }
    // Most pages match on the slide itself; only the rest are worth a second pass over their notes.
    if (!inNotes.isEmpty()) {
      int[] rest = inNotes.stream().mapToInt(Integer::intValue).toArray();
      String[] notes = highlighter.highlightFields(new String[] {Schema.NOTES}, onSlides, rest, new int[] {1})
          .get(Schema.NOTES);
      for (int i = 0; i < rest.length; i++) {
        if (notes[i] != null && notes[i].contains("<mark>")) {
          snippets.put(rest[i], Snippets.tidy(notes[i]));
          fromNotes.add(rest[i]);
        }
      }
    }
    return snippets;
  }
}
