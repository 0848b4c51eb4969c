package dev.lectern.index;

import dev.lectern.model.Talk;
import java.util.List;
import java.util.Map;

/**
 * A page of talk hits with facet counts. {@code total} counts talks, not pages; {@code matchedAll}
 * how many of them have every word of the query (they come first; the rest have some of the words).
 * {@code notice} says in English how the query was read when it was not read as written, and
 * {@code notices} says the same as codes with their params, for a client to translate; {@code didYouMean}
 * offers a respelling.
 */
public record SearchResult(
    String query,
    long total,
    long matchedAll,
    long tookMs,
    int page,
    int size,
    String didYouMean,
    String notice,
    List<Notice> notices,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets) {

  public static final String MATCHED_ALL = "all";
  public static final String MATCHED_PARTIAL = "partial";

  /** A talk, whether it has every word of the query ({@code all}) or some ({@code partial}), and its best pages. */
  public record Hit(Talk talk, float score, String matched, List<PageHit> pages) {}

  /**
   * One matching page: 1-based file index and page number, an HTML-escaped snippet, and whether the
   * snippet is from the speaker's notes rather than the slide (a flag, so each client labels it in its language),
   * and whether the show skips the slide.
   */
  public record PageHit(int file, int number, String snippet, boolean inNotes, boolean skipped) {}

  /** A facet value (what a filter parameter takes), its display label, and how many talks have it. */
  public record FacetCount(String value, String label, long count) {}
}
