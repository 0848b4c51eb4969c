package dev.lectern.index;

import dev.lectern.model.Talk;
import java.util.List;
import java.util.Map;

/**
 * A page of talk hits with facet counts. {@code total} counts talks, not pages. {@code notice} says
 * how the query was read when it was not read as written; {@code didYouMean} offers a respelling.
 */
public record SearchResult(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    String didYouMean,
    String notice,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets) {

  /** A talk and its best matching pages. */
  public record Hit(Talk talk, float score, List<PageHit> pages) {}

  /** One matching page: 1-based file index and page number, and an HTML-escaped snippet. */
  public record PageHit(int file, int number, String snippet) {}

  /** A facet value (what a filter parameter takes), its display label, and how many talks have it. */
  public record FacetCount(String value, String label, long count) {}
}
