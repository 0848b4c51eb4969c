package dev.lectern.eval;

import java.util.List;
import java.util.Objects;

/**
 * One judged query: the text as a user types it, its category, and the relevant files (relative to
 * the archive root) with, where it matters, the relevant page, most relevant first.
 */
public record JudgedQuery(String id, String category, String query, List<Judgment> relevant) {
  public JudgedQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(query, "query");
    relevant = List.copyOf(relevant);
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("query " + id + " has no relevant item");
    }
  }

  /** A relevant file, and the page within it (0 when the whole file is relevant). */
  public record Judgment(String path, int page) {}
}
