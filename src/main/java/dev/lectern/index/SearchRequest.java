package dev.lectern.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One search: the query text, facet selections ({@code speaker -> [a, b]}: OR within a facet, AND
 * across facets), the order, and the page wanted (1-based).
 */
public record SearchRequest(String query, Map<String, List<String>> facets, Order order, int page, int size,
    boolean highlight, SearchMode mode) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 1000;
  /** No word of a talk is this long; spelling help and fuzzy matching cost grows with length. */
  public static final int MAX_WORD_LENGTH = 64;
  /** A question, not a pasted page: spelling help runs per word, so the count is capped too. */
  public static final int MAX_WORDS = 32;

  public enum Order { RELEVANCE, NEWEST, OLDEST }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    Objects.requireNonNull(order, "order");
    facets = facets == null ? Map.of() : Map.copyOf(facets);
    mode = mode == null ? SearchMode.HYBRID : mode;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QueryLimitException("query_too_long", query.length(), MAX_QUERY_LENGTH,
          "query is " + query.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    String[] words = query.isEmpty() ? new String[0] : query.split("\\s+");
    if (words.length > MAX_WORDS) {
      throw new QueryLimitException("query_too_many_words", words.length, MAX_WORDS,
          "query has " + words.length + " words; the limit is " + MAX_WORDS);
    }
    for (String word : words) {
      if (word.length() > MAX_WORD_LENGTH) {
        throw new QueryLimitException("query_word_too_long", word.length(), MAX_WORD_LENGTH,
            "a query word is " + word.length() + " characters long; the limit is " + MAX_WORD_LENGTH);
      }
    }
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
  }

  /** A search in the default mode, hybrid. */
  public SearchRequest(String query, Map<String, List<String>> facets, Order order, int page, int size,
      boolean highlight) {
    this(query, facets, order, page, size, highlight, SearchMode.HYBRID);
  }

  public SearchRequest withMode(SearchMode mode) {
    return new SearchRequest(query, facets, order, page, size, highlight, mode);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), Order.RELEVANCE, 1, 10, true);
  }
}
