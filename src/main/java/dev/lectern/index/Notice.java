package dev.lectern.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a query was read when it was not read as written: a stable {@code code} a client branches on and
 * the UI translates, the {@code params} its sentence needs, and the English {@code message} a terminal
 * prints (the one sentence the API answered before codes existed).
 */
public record Notice(String code, Map<String, String> params, String message) {
  public Notice {
    params = params == null ? Map.of() : new LinkedHashMap<>(params);
  }

  static Notice unclosedQuote() {
    return new Notice("unclosed_quote", Map.of(), "unclosed quote ignored");
  }

  static Notice parentheses() {
    return new Notice("parentheses", Map.of(), "parentheses are not supported and were ignored");
  }

  static Notice fieldNeedsValue(String field) {
    return new Notice("field_needs_value", Map.of("field", field), field + ": needs a value and was ignored");
  }

  static Notice tooManyTerms(int max) {
    return new Notice("too_many_terms", Map.of("max", Integer.toString(max)),
        "only the first " + max + " terms were used");
  }

  static Notice notAYear(String text) {
    return new Notice("not_a_year", Map.of("value", text),
        "year:" + text + " is not a year or a range like 2019..2022 and was ignored");
  }

  static Notice respelled(String query) {
    return new Notice("respelled", Map.of("query", query),
        "no talk has the words as typed; showing results for " + query);
  }

  static Notice closeMatches() {
    return new Notice("close_matches", Map.of(), "no exact matches; showing close matches");
  }

  /** The notices as the one English line the API's {@code notice} field has always carried; null when none. */
  static String joined(List<Notice> notices) {
    return notices.isEmpty() ? null : notices.stream().map(Notice::message).collect(Collectors.joining("; "));
  }
}
