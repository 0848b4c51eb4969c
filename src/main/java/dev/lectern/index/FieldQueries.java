package dev.lectern.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Narrows a query to the clauses on some fields. The highlighter builds a weight for the whole query
 * it is given, looking up every term of every field in every segment; snippets come from the slide
 * text and notes only, so the title, speaker and meetup clauses are dropped before it sees them.
 */
final class FieldQueries {
  private FieldQueries() {}

  /** The positive clauses of {@code query} on {@code fields}, or null when none are left. */
  static Query only(Query query, Set<String> fields) {
    if (query instanceof BoostQuery boost) {
      Query inner = only(boost.getQuery(), fields);
      return inner == null ? null : new BoostQuery(inner, boost.getBoost());
    }
    if (query instanceof DisjunctionMaxQuery max) {
      List<Query> kept = new ArrayList<>();
      for (Query disjunct : max.getDisjuncts()) {
        Query narrowed = only(disjunct, fields);
        if (narrowed != null) {
          kept.add(narrowed);
        }
      }
      return kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, max.getTieBreakerMultiplier());
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int kept = 0;
      for (BooleanClause clause : bool.clauses()) {
        if (clause.occur() == BooleanClause.Occur.MUST_NOT || clause.occur() == BooleanClause.Occur.FILTER) {
          continue; // exclusions and filters mark nothing in a snippet
        }
        Query narrowed = only(clause.query(), fields);
        if (narrowed != null) {
          any.add(narrowed, BooleanClause.Occur.SHOULD);
          kept++;
        }
      }
      return kept == 0 ? null : any.build();
    }
    return onFieldsOnly(query, fields) ? query : null;
  }

  /** True when every field the query reads is one of {@code fields}. */
  private static boolean onFieldsOnly(Query query, Set<String> fields) {
    boolean[] outside = {false};
    boolean[] any = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        any[0] = true;
        if (!fields.contains(field)) {
          outside[0] = true;
        }
        return false;
      }
    });
    return any[0] && !outside[0];
  }
}
