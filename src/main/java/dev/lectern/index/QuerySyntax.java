package dev.lectern.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the query language into clauses: words, {@code "exact phrases"}, {@code -exclusion},
 * {@code OR}, and {@code field:value}. It never fails: what it cannot read (an unclosed quote,
 * parentheses, a field without a value) is read as plain words, and {@link Parsed#notice()} tells the
 * user what was done instead.
 */
final class QuerySyntax {
  static final Set<String> FIELDS =
      Set.of("title", "speaker", "meetup", "year", "lang", "format", "notes", "text");

  record Parsed(List<QueryClause> clauses, List<Notice> notices) {
    /** The notices as one English line; null when the query was read as written. */
    String notice() {
      return Notice.joined(notices);
    }
  }

  private QuerySyntax() {}

  static Parsed parse(String query) {
    List<Notice> notices = new ArrayList<>();
    String input = query;
    if (input.chars().filter(c -> c == '"').count() % 2 == 1) {
      notices.add(Notice.unclosedQuote());
      int last = input.lastIndexOf('"');
      input = input.substring(0, last) + " " + input.substring(last + 1);
    }
    if (input.indexOf('(') >= 0 || input.indexOf(')') >= 0) {
      notices.add(Notice.parentheses());
      input = input.replace('(', ' ').replace(')', ' ');
    }
    List<QueryClause> clauses = new ArrayList<>();
    boolean orNext = false;
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean negate = false;
      if (c == '-' && i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1))) {
        negate = true;
        i++;
      }
      String field = "";
      int colon = fieldEnd(input, i);
      if (colon > 0) {
        field = input.substring(i, colon).toLowerCase(Locale.ROOT);
        i = colon + 1;
      }
      String text;
      boolean phrase = false;
      if (i < input.length() && input.charAt(i) == '"') {
        int close = input.indexOf('"', i + 1);
        text = input.substring(i + 1, close);
        phrase = true;
        i = close + 1;
      } else {
        int end = i;
        while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
          end++;
        }
        text = input.substring(i, end);
        i = end;
      }
      String raw = input.substring(start, i);
      if (!phrase && field.isEmpty() && !negate && (raw.equals("OR") || raw.equals("||"))) {
        orNext = !clauses.isEmpty();
        continue;
      }
      if (!phrase && field.isEmpty() && !negate && (raw.equals("AND") || raw.equals("&&") || raw.equals("NOT"))) {
        continue;
      }
      if (text.isBlank()) {
        if (!field.isEmpty()) {
          notices.add(Notice.fieldNeedsValue(field));
        }
        continue;
      }
      QueryClause.Occur occur = negate
          ? QueryClause.Occur.MUST_NOT
          : orNext ? QueryClause.Occur.OR_WITH_PREVIOUS : QueryClause.Occur.MUST;
      clauses.add(new QueryClause(field, text, phrase, occur));
      orNext = false;
    }
    return new Parsed(clauses, List.copyOf(notices));
  }

  /** The index of the ':' that ends a known field name at {@code from}, or -1. */
  private static int fieldEnd(String input, int from) {
    int colon = input.indexOf(':', from);
    if (colon <= from) {
      return -1;
    }
    String name = input.substring(from, colon);
    if (!FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return colon;
  }
}
