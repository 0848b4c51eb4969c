package dev.lectern.index;

import dev.lectern.model.Talk;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
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

  private final SlideIndex index;
  private final Analyzer analyzer;
  private final QueryTranslator translator;
  private final Speller speller;

  /** A searcher with Lectern's built-in glossary only. */
  public TalkSearcher(SlideIndex index) {
    this(index, new Glossary(null));
  }

  public TalkSearcher(SlideIndex index, Glossary glossary) {
    this.index = index;
    this.analyzer = SlideAnalyzers.forQuerying();
    this.translator = new QueryTranslator(analyzer, glossary);
    this.speller = new Speller();
  }

  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      QueryTranslator.Translation translation = translator.translate(request.query());
      Query query = translation.pageQuery();
      String notice = translation.notice();
      Map<String, TalkGroupingCollector.Group> groups = collect(snapshot.searcher(), translation);
      String didYouMean = null;
      if (!translation.words().isEmpty()) {
        didYouMean = speller.suggest(snapshot.searcher().getIndexReader(), request.query(), translation.words());
      }
      if (groups.isEmpty() && didYouMean != null) {
        QueryTranslator.Translation respelled = translator.translate(didYouMean);
        Map<String, TalkGroupingCollector.Group> found = collect(snapshot.searcher(), respelled);
        if (!found.isEmpty()) {
          groups = found;
          query = respelled.pageQuery();
          notice = join(notice, "no matches for the words as typed; showing results for " + didYouMean);
        }
      }
      if (groups.isEmpty() && !translation.words().isEmpty()) {
        Query fuzzy = translator.fuzzy(translation.words());
        if (fuzzy != null) {
          groups = collect(snapshot.searcher(), fuzzy);
          if (!groups.isEmpty()) {
            query = fuzzy;
            notice = join(notice, "no exact matches; showing close matches");
          }
        }
      }
      TalkCatalog catalog = snapshot.catalog();
      List<Talk> matching = new ArrayList<>(groups.size());
      for (String id : groups.keySet()) {
        catalog.talk(id).ifPresent(matching::add);
      }
      TalkFacets facets = new TalkFacets(request.facets(), catalog);
      Map<String, List<SearchResult.FacetCount>> facetCounts = facets.count(matching);
      List<Talk> accepted = new ArrayList<>(matching.stream().filter(facets::accepts).toList());
      accepted.sort(order(request.order(), translation.matchAll(), groups));
      int from = (int) Math.min(accepted.size(), (request.page() - 1L) * request.size());
      int to = Math.min(accepted.size(), from + request.size());
      List<Talk> pageOfTalks = accepted.subList(from, to);
      List<SearchResult.Hit> hits = hits(snapshot.searcher(), query, request.highlight(), pageOfTalks, groups);
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(request.query(), accepted.size(), tookMs, request.page(), request.size(),
          didYouMean, notice, hits, facetCounts);
    } finally {
      index.release(snapshot);
    }
  }

  /** Groups matching pages by talk, keeping only talks in which every required group matches. */
  private static Map<String, TalkGroupingCollector.Group> collect(
      IndexSearcher searcher, QueryTranslator.Translation translation) throws IOException {
    Map<String, TalkGroupingCollector.Group> groups = collect(searcher, translation.pageQuery());
    for (int i = 0; i < translation.required().size() && translation.required().size() > 1; i++) {
      if (groups.isEmpty()) {
        break;
      }
      Map<String, TalkGroupingCollector.Group> covering = collect(searcher, translation.groupQuery(i));
      groups.keySet().retainAll(covering.keySet());
    }
    return groups;
  }

  /** Matching talks and pages per dated meetup, oldest first, for a timeline of a topic. */
  public List<TrendPoint> trend(String userQuery) throws IOException {
    if (userQuery == null || userQuery.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("query must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      QueryTranslator.Translation translation = translator.translate(userQuery);
      Map<String, int[]> byMeetup = new HashMap<>();
      Map<String, dev.lectern.model.MeetupRef> meetups = new HashMap<>();
      for (Map.Entry<String, TalkGroupingCollector.Group> entry : collect(snapshot.searcher(), translation).entrySet()) {
        snapshot.catalog().talk(entry.getKey()).filter(t -> !t.meetup().date().isEmpty()).ifPresent(talk -> {
          meetups.put(talk.meetup().id(), talk.meetup());
          int[] counts = byMeetup.computeIfAbsent(talk.meetup().id(), k -> new int[2]);
          counts[0]++;
          counts[1] += entry.getValue().matches;
        });
      }
      List<TrendPoint> points = new ArrayList<>();
      byMeetup.forEach((id, counts) -> points.add(new TrendPoint(meetups.get(id), counts[0], counts[1])));
      points.sort(Comparator.comparing((TrendPoint p) -> p.meetup().date()).thenComparing(p -> p.meetup().id()));
      return points;
    } finally {
      index.release(snapshot);
    }
  }

  private static Map<String, TalkGroupingCollector.Group> collect(IndexSearcher searcher, Query query)
      throws IOException {
    TalkGroupingCollector collector = new TalkGroupingCollector();
    searcher.search(query, collector);
    return collector.groups();
  }

  private static Comparator<Talk> order(
      SearchRequest.Order order, boolean matchAll, Map<String, TalkGroupingCollector.Group> groups) {
    Map<String, Float> scores = new HashMap<>(groups.size() * 2);
    groups.forEach((id, group) -> scores.put(id, group.score()));
    Comparator<Talk> byScore = Comparator.comparingDouble(t -> -scores.get(t.id()));
    Comparator<Talk> newest = Comparator.comparing((Talk t) -> t.meetup().date(), Comparator.reverseOrder());
    Comparator<Talk> oldest = Comparator.comparing((Talk t) -> t.meetup().date().isEmpty() ? "~" : t.meetup().date());
    Comparator<Talk> stable = Comparator.comparing(Talk::id);
    return switch (order) {
      case NEWEST -> newest.thenComparing(byScore).thenComparing(stable);
      case OLDEST -> oldest.thenComparing(byScore).thenComparing(stable);
      case RELEVANCE -> matchAll
          ? newest.thenComparing(stable)
          : byScore.thenComparing(newest).thenComparing(stable);
    };
  }

  private List<SearchResult.Hit> hits(
      IndexSearcher searcher, Query query, boolean highlight, List<Talk> talks,
      Map<String, TalkGroupingCollector.Group> groups) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (Talk talk : talks) {
      groups.get(talk.id()).best.forEach(s -> docs.add(s.doc()));
    }
    Map<Integer, String> snippets = highlight ? snippets(searcher, query, docs) : Map.of();
    StoredFields stored = searcher.storedFields();
    PageNumbers numbers = new PageNumbers(searcher.getIndexReader());
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Talk talk : talks) {
      TalkGroupingCollector.Group group = groups.get(talk.id());
      List<SearchResult.PageHit> pages = new ArrayList<>();
      for (TalkGroupingCollector.Scored scored : group.best) {
        int page = numbers.page(scored.doc());
        if (page == 0) {
          continue; // the page-less document of a talk whose files have no text
        }
        String snippet = snippets.get(scored.doc());
        if (snippet == null || snippet.isEmpty()) {
          // Only pages that matched outside their text need it read from storage.
          snippet = Snippets.lead(stored.document(scored.doc(), Set.of(Schema.TEXT)).get(Schema.TEXT), SNIPPET_LENGTH);
        }
        pages.add(new SearchResult.PageHit(numbers.file(scored.doc()), page, snippet));
      }
      hits.add(new SearchResult.Hit(talk, group.score(), pages));
    }
    return hits;
  }

  private Map<Integer, String> snippets(IndexSearcher searcher, Query query, List<Integer> docs)
      throws IOException {
    if (docs.isEmpty()) {
      return Map.of();
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
        .withHighlightPhrasesStrictly(true)
        .build();
    int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
    String[] fields = {Schema.TEXT, Schema.NOTES};
    Map<String, String[]> byField = highlighter.highlightFields(fields, query, ids, new int[] {1, 1});
    Map<Integer, String> snippets = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      String text = byField.get(Schema.TEXT)[i];
      String notes = byField.get(Schema.NOTES)[i];
      if (text != null && text.contains("<mark>")) {
        snippets.put(ids[i], tidy(text));
      } else if (notes != null && notes.contains("<mark>")) {
        snippets.put(ids[i], "Notes: " + tidy(notes));
      }
    }
    return snippets;
  }

  /** One line of text without the punctuation a passage boundary can leave at its edges. */
  private static String tidy(String snippet) {
    String flat = snippet.replaceAll("\\s+", " ").strip();
    return flat.replaceFirst("^[,.;:)\\]}]+\\s*", "");
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }
}
