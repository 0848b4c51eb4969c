package dev.lectern.web;

import dev.lectern.index.QueryLimitException;
import dev.lectern.index.SearchMode;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.TalkSearcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** {@code GET /api/search}: the query language plus repeatable facet parameters. */
final class SearchController {
  static final List<String> FACET_PARAMS = List.of("meetup", "speaker", "year", "lang", "format", "series");

  private final TalkSearcher searcher;
  private final LongAdder searches;

  SearchController(TalkSearcher searcher, LongAdder searches) {
    this.searcher = searcher;
    this.searches = searches;
  }

  void search(Context ctx) throws IOException {
    SearchResult result = searcher.search(request(ctx), cached(ctx));
    searches.increment();
    ctx.json(result);
  }

  static SearchRequest request(Context ctx) {
    String q = ctx.queryParam("q");
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (String name : FACET_PARAMS) {
      List<String> values = ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
      if (!values.isEmpty()) {
        facets.put(name, values);
      }
    }
    SearchRequest.Order order = switch (param(ctx, "sort", "relevance").toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "newest" -> SearchRequest.Order.NEWEST;
      case "oldest" -> SearchRequest.Order.OLDEST;
      default -> throw ApiException.invalid("bad_param", Map.of("param", "sort", "value", clip(param(ctx, "sort", "")),
          "allowed", "relevance, newest, oldest"), "sort must be relevance, newest or oldest");
    };
    int page = intParam(ctx, "page", 1);
    int size = intParam(ctx, "size", 10);
    if (page < 1) {
      throw outOfRange("page", page, 1, Integer.MAX_VALUE);
    }
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw outOfRange("size", size, 1, SearchRequest.MAX_SIZE);
    }
    SearchMode mode;
    try {
      mode = SearchMode.parse(param(ctx, "mode", "hybrid"));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("bad_param", Map.of("param", "mode", "value", clip(param(ctx, "mode", "")),
          "allowed", "hybrid, lexical, semantic"), e.getMessage());
    }
    try {
      return new SearchRequest(q, facets, order, page, size, true, mode);
    } catch (QueryLimitException e) {
      throw new ApiException(400, e.code(), Map.<String, Object>of("actual", e.actual(), "max", e.limit()), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /**
   * {@code cache=false} computes the answer even when one is kept (as Elasticsearch's
   * {@code request_cache=false}): for measuring the engine rather than the cache. It never changes the answer.
   */
  private static boolean cached(Context ctx) {
    return switch (param(ctx, "cache", "true").toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.invalid("bad_param", Map.of("param", "cache", "value", clip(param(ctx, "cache", "")),
          "allowed", "true, false"), "cache must be true or false");
    };
  }

  private static String param(Context ctx, String name, String fallback) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalid("not_a_number", Map.of("param", name, "value", clip(value)),
          name + " must be a whole number, was '" + clip(value) + "'");
    }
  }

  private static ApiException outOfRange(String name, int value, int min, int max) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("param", name);
    params.put("value", value);
    params.put("min", min);
    if (max < Integer.MAX_VALUE) {
      params.put("max", max);
    }
    return ApiException.invalid("out_of_range", params, name + (max < Integer.MAX_VALUE
        ? " must be between " + min + " and " + max : " must be " + min + " or more") + ", was " + value);
  }

  /** A refused value is echoed back, but never at a length that makes the answer large. */
  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
