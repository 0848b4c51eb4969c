package dev.lectern.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns the query language into a Lucene query over page documents. Every plain word must match
 * (in any weighted field); quoted text must match as a phrase; filters ({@code year:},
 * {@code lang:}, {@code format:}) restrict without scoring.
 */
final class QueryTranslator {
  static final int MAX_CLAUSES = 64;

  record Translation(Query query, String notice, List<String> words, boolean matchAll) {}

  private final QueryBuilder builder;

  QueryTranslator(Analyzer queryAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
  }

  Translation translate(String userQuery) {
    QuerySyntax.Parsed parsed = QuerySyntax.parse(userQuery);
    List<String> notices = new ArrayList<>();
    if (parsed.notice() != null) {
      notices.add(parsed.notice());
    }
    List<QueryClause> clauses = parsed.clauses();
    if (clauses.size() > MAX_CLAUSES) {
      notices.add("only the first " + MAX_CLAUSES + " terms were used");
      clauses = clauses.subList(0, MAX_CLAUSES);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PAGE)), BooleanClause.Occur.FILTER);
    List<String> words = new ArrayList<>();
    List<List<Query>> groups = new ArrayList<>();
    boolean scoring = false;
    for (QueryClause clause : clauses) {
      Query q = clauseQuery(clause, notices);
      if (q == null) {
        continue;
      }
      if (clause.field().isEmpty() && !clause.phrase()) {
        words.add(clause.text());
      }
      boolean filter = isFilter(clause.field());
      switch (clause.occur()) {
        case MUST_NOT -> query.add(q, BooleanClause.Occur.MUST_NOT);
        case OR_WITH_PREVIOUS -> {
          if (groups.isEmpty()) {
            groups.add(new ArrayList<>(List.of(q)));
          } else {
            groups.get(groups.size() - 1).add(q);
          }
          scoring = true;
        }
        case MUST -> {
          if (filter) {
            query.add(q, BooleanClause.Occur.FILTER);
          } else {
            groups.add(new ArrayList<>(List.of(q)));
            scoring = true;
          }
        }
      }
    }
    for (List<Query> group : groups) {
      if (group.size() == 1) {
        query.add(group.get(0), BooleanClause.Occur.MUST);
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        group.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        query.add(any.build(), BooleanClause.Occur.MUST);
      }
    }
    if (!scoring) {
      query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return new Translation(query.build(), notices.isEmpty() ? null : String.join("; ", notices), words, !scoring);
  }

  /** A looser reading for when the exact one finds nothing: each word may be misspelled. */
  Query fuzzy(List<String> words) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PAGE)), BooleanClause.Occur.FILTER);
    int added = 0;
    for (String word : words) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : List.of(Schema.TEXT, Schema.TITLE, Schema.SPEAKER)) {
        Query exact = builder.createPhraseQuery(field, word, 0);
        if (exact instanceof TermQuery term && term.getTerm().text().length() >= 4) {
          int edits = term.getTerm().text().length() >= 7 ? 2 : 1;
          any.add(new FuzzyQuery(term.getTerm(), edits, 1), BooleanClause.Occur.SHOULD);
        } else if (exact != null) {
          any.add(exact, BooleanClause.Occur.SHOULD);
        }
      }
      BooleanQuery built = any.build();
      if (!built.clauses().isEmpty()) {
        query.add(built, BooleanClause.Occur.MUST);
        added++;
      }
    }
    return added == 0 ? null : query.build();
  }

  private static boolean isFilter(String field) {
    return field.equals("year") || field.equals("lang") || field.equals("format");
  }

  private Query clauseQuery(QueryClause clause, List<String> notices) {
    String text = clause.text();
    return switch (clause.field()) {
      case "" -> allFields(text);
      case "title" -> builder.createPhraseQuery(Schema.TITLE, text, 0);
      case "speaker" -> builder.createPhraseQuery(Schema.SPEAKER, text, 0);
      case "notes" -> builder.createPhraseQuery(Schema.NOTES, text, 0);
      case "text" -> builder.createPhraseQuery(Schema.TEXT, text, 0);
      case "meetup" -> meetup(text);
      case "lang" -> new TermQuery(new Term(Schema.LANG, text.toLowerCase(Locale.ROOT)));
      case "format" -> new TermQuery(new Term(Schema.FORMAT, text.toLowerCase(Locale.ROOT)));
      case "year" -> year(text, notices);
      default -> allFields(text);
    };
  }

  private Query allFields(String text) {
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : Schema.QUERY_FIELDS.entrySet()) {
      Query q = builder.createPhraseQuery(field.getKey(), text, 0);
      if (q != null) {
        perField.add(new BoostQuery(q, field.getValue()));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.2f);
  }

  private Query meetup(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(Schema.MEETUP_ID, text)), BooleanClause.Occur.SHOULD);
    Query words = builder.createPhraseQuery(Schema.MEETUP, text, 0);
    if (words != null) {
      any.add(words, BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static Query year(String text, List<String> notices) {
    String[] range = text.split("\\.\\.", -1);
    try {
      if (range.length == 1) {
        return IntPoint.newExactQuery(Schema.YEAR, Integer.parseInt(range[0].strip()));
      }
      if (range.length == 2) {
        int from = range[0].isBlank() ? Integer.MIN_VALUE : Integer.parseInt(range[0].strip());
        int to = range[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(range[1].strip());
        return IntPoint.newRangeQuery(Schema.YEAR, from, to);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    notices.add("year:" + text + " is not a year or a range like 2019..2022 and was ignored");
    return null;
  }
}
