package dev.lectern.index;

import dev.lectern.index.analysis.ChineseStopWords;
import dev.lectern.index.analysis.Glossary;
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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns the query language into a Lucene query over page documents. Every plain word must match
 * (in any weighted field); quoted text must match as a phrase; filters ({@code year:},
 * {@code lang:}, {@code format:}) restrict without scoring.
 */
final class QueryTranslator {
  static final int MAX_CLAUSES = 64;

  /**
   * A translated query: restrictions every page must meet (filters, exclusions), and the
   * required groups of words. A talk matches when each group matches somewhere in the talk, not
   * necessarily on one page: a researcher's words are often spread over a deck's slides.
   */
  record Translation(List<BooleanClause> restrictions, List<Query> required, List<Notice> notices, List<String> words,
      Query boost) {
    boolean matchAll() {
      return required.isEmpty();
    }

    /**
     * Pages matching any required group (all of them when there is one); scores favour pages with
     * more, and pages holding the words as one phrase (a person's name, a title).
     */
    Query pageQuery() {
      BooleanQuery.Builder query = restricted();
      if (required.isEmpty()) {
        query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      } else if (required.size() == 1) {
        query.add(required.get(0), BooleanClause.Occur.MUST);
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        required.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        query.add(any.build(), BooleanClause.Occur.MUST);
      }
      if (boost != null) {
        query.add(boost, BooleanClause.Occur.SHOULD);
      }
      return query.build();
    }

    /** Pages matching one required group, to find the talks that cover it. */
    Query groupQuery(int group) {
      return restricted().add(required.get(group), BooleanClause.Occur.MUST).build();
    }

    private BooleanQuery.Builder restricted() {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      restrictions.forEach(query::add);
      return query;
    }
  }

  /** Equivalent terms count a little less than the words the user typed. */
  private static final float EQUIVALENT_WEIGHT = 0.8f;

  /** A phrase of the whole query adds to a page's score at this weight; it is never required. */
  private static final float PHRASE_WEIGHT = 2.0f;
  private static final int MAX_PHRASE_WORDS = 8;

  private final Analyzer analyzer;
  private final Glossary glossary;
  private final Identifiers identifiers = new Identifiers();
  private final ChineseStopWords chineseStopWords;

  QueryTranslator(Analyzer queryAnalyzer, Glossary glossary) {
    this.analyzer = queryAnalyzer;
    this.glossary = glossary;
    this.chineseStopWords = ChineseStopWords.load();
  }

  static String fold(String word) {
    return Identifiers.fold(word);
  }

  /** {@code meetups} says which meetups a {@code meetup:} clause names by the names they are served with. */
  Translation translate(String userQuery, MeetupNames meetups) {
    // One request's builder: each word is analysed once, however many fields and clauses it goes into.
    QueryBuilder builder = new AnalysedOnceQueryBuilder(analyzer);
    QuerySyntax.Parsed parsed = QuerySyntax.parse(userQuery);
    List<Notice> notices = new ArrayList<>(parsed.notices());
    List<QueryClause> clauses = HanSegmenter.expand(parsed.clauses());
    if (clauses.size() > MAX_CLAUSES) {
      notices.add(Notice.tooManyTerms(MAX_CLAUSES));
      clauses = clauses.subList(0, MAX_CLAUSES);
    }
    // No filter on the document type: collectors count page documents only (PageOwners), and a
    // filter matching nearly every document would be one more posting list to step through per hit.
    List<BooleanClause> restrictions = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    List<String> phraseWords = new ArrayList<>();
    List<List<Query>> groups = new ArrayList<>();
    int longest = glossary.longestTerm();
    String previousWord = null;
    for (int i = 0; i < clauses.size(); i++) {
      QueryClause clause = clauses.get(i);
      if (isPlainWord(clause) && isDroppedWord(builder, clause.text())) {
        dropped.add(clause.text()); // a word the index drops is never required
        continue;
      }
      if (isPlainWord(clause) && chineseStopWords.contains(clause.text())) {
        // Kept by the index (Han text is indexed by character) but no more a topic than "the":
        // never required, so sharing only such words never makes a talk a partial match.
        dropped.add(clause.text());
        phraseWords.add(clause.text());
        continue;
      }
      Query q = null;
      if (clause.field().isEmpty() && clause.occur() != QueryClause.Occur.MUST_NOT) {
        for (int n = Math.min(longest, clauses.size() - i); n >= 1 && q == null; n--) {
          q = equivalents(builder, clauses.subList(i, i + n));
          if (q != null) {
            i += n - 1;
          }
        }
      }
      if (q == null) {
        q = clauseQuery(builder, clause, notices, meetups);
      }
      if (q == null) {
        continue;
      }
      if (clause.field().isEmpty() && !clause.phrase()) {
        words.add(clause.text());
        phraseWords.add(clause.text());
      }
      switch (clause.occur()) {
        case MUST_NOT -> restrictions.add(new BooleanClause(q, BooleanClause.Occur.MUST_NOT));
        case OR_WITH_PREVIOUS -> {
          if (groups.isEmpty()) {
            groups.add(new ArrayList<>(List.of(q)));
          } else {
            groups.get(groups.size() - 1).add(q);
          }
        }
        case MUST -> {
          if (isFilter(clause.field())) {
            restrictions.add(new BooleanClause(q, BooleanClause.Occur.FILTER));
          } else {
            groups.add(new ArrayList<>(List.of(q)));
          }
        }
      }
      previousWord = joinWithPrevious(previousWord, clause, groups);
    }
    if (groups.isEmpty() && !dropped.isEmpty()) {
      // Only stop words: look them up as written, so "The Who" is not "everything" (Chinese ones,
      // which the text fields keep, as any word).
      for (String w : dropped) {
        Query asTyped = isDroppedWord(builder, w) ? null : allFields(builder, w);
        groups.add(new ArrayList<>(List.of(asTyped != null ? asTyped : new TermQuery(new Term(Schema.SPELL, fold(w))))));
      }
    }
    List<Query> required = new ArrayList<>();
    for (List<Query> group : groups) {
      if (group.size() == 1) {
        required.add(group.get(0));
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        group.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        required.add(any.build());
      }
    }
    return new Translation(restrictions, required, List.copyOf(notices), words,
        phraseBoost(builder, phraseWords));
  }

  private static boolean isPlainWord(QueryClause clause) {
    return clause.field().isEmpty() && !clause.phrase() && clause.occur() != QueryClause.Occur.MUST_NOT;
  }

  /** True when the slide-text analysis keeps nothing of the word (a stop word, punctuation). */
  private static boolean isDroppedWord(QueryBuilder builder, String text) {
    return builder.createPhraseQuery(Schema.TEXT, text, 0) == null;
  }

  /**
   * Two adjacent words may be one identifier written apart ({@code private use1} for
   * {@code private_use1}): their joined spelling becomes an alternative in both words' groups.
   * Returns the word the next clause may join with.
   */
  private String joinWithPrevious(String previous, QueryClause clause, List<List<Query>> groups) {
    if (clause.occur() != QueryClause.Occur.MUST || !isPlainWord(clause) || !Identifiers.isLatinWord(clause.text())
        || groups.isEmpty()) {
      return null;
    }
    if (previous != null && groups.size() >= 2) {
      Query joined = identifiers.joinedTerm(previous + clause.text());
      if (joined != null) {
        groups.get(groups.size() - 2).add(joined);
        groups.get(groups.size() - 1).add(joined);
      }
    }
    return clause.text();
  }

  /** The plain words as one phrase in a title, a speaker name, a file name or the slide text. */
  private static Query phraseBoost(QueryBuilder builder, List<String> words) {
    if (words.size() < 2 || words.size() > MAX_PHRASE_WORDS) {
      return null;
    }
    String text = String.join(" ", words);
    List<Query> perField = new ArrayList<>();
    for (String field : List.of(Schema.TITLE, Schema.SPEAKER, Schema.FILENAME, Schema.TEXT)) {
      Query q = builder.createPhraseQuery(field, text, 1);
      if (q != null) {
        perField.add(new BoostQuery(q, Schema.QUERY_FIELDS.get(field)));
      }
    }
    return perField.isEmpty() ? null : new BoostQuery(new DisjunctionMaxQuery(perField, 0.2f), PHRASE_WEIGHT);
  }

  /** A looser reading for when the exact one finds nothing: each word may be misspelled. */
  Query fuzzy(List<String> words) {
    QueryBuilder builder = new AnalysedOnceQueryBuilder(analyzer);
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

  /**
   * The run of plain words as a glossary term: any of its equivalents may match.
   * Null when the run is not a glossary term.
   */
  private Query equivalents(QueryBuilder builder, List<QueryClause> run) {
    for (int i = 1; i < run.size(); i++) {
      QueryClause next = run.get(i);
      if (!next.field().isEmpty() || next.phrase() || next.occur() != QueryClause.Occur.MUST) {
        return null;
      }
    }
    if (run.get(0).phrase()) {
      return null; // quotes ask for exactly these words
    }
    String term = String.join(" ", run.stream().map(QueryClause::text).toList());
    List<String> equivalents = glossary.equivalents(term);
    if (equivalents.size() < 2) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (int i = 0; i < equivalents.size(); i++) {
      Query q = allFields(builder, equivalents.get(i));
      if (q != null) {
        any.add(i == 0 ? q : new BoostQuery(q, EQUIVALENT_WEIGHT), BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : built;
  }

  private static boolean isFilter(String field) {
    return field.equals("year") || field.equals("lang") || field.equals("format");
  }

  private Query clauseQuery(QueryBuilder builder, QueryClause clause, List<Notice> notices, MeetupNames meetups) {
    String text = clause.text();
    return switch (clause.field()) {
      case "" -> allFields(builder, text);
      case "title" -> builder.createPhraseQuery(Schema.TITLE, text, 0);
      case "speaker" -> builder.createPhraseQuery(Schema.SPEAKER, text, 0);
      case "notes" -> builder.createPhraseQuery(Schema.NOTES, text, 0);
      case "text" -> builder.createPhraseQuery(Schema.TEXT, text, 0);
      case "meetup" -> meetup(builder, text, meetups);
      case "lang" -> new TermQuery(new Term(Schema.LANG, text.toLowerCase(Locale.ROOT)));
      case "format" -> new TermQuery(new Term(Schema.FORMAT, text.toLowerCase(Locale.ROOT)));
      case "year" -> year(text, notices);
      default -> allFields(builder, text);
    };
  }

  private Query allFields(QueryBuilder builder, String text) {
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : Schema.QUERY_FIELDS.entrySet()) {
      Query q = builder.createPhraseQuery(field.getKey(), text, 0);
      if (q != null) {
        perField.add(new BoostQuery(q, field.getValue()));
      }
    }
    perField.addAll(identifiers.variants(builder, text));
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.2f);
  }

  /**
   * The meetup by id, by a served name holding the text (see {@link MeetupNames}), or by the words
   * indexed with its talks.
   */
  private static Query meetup(QueryBuilder builder, String text, MeetupNames meetups) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(Schema.MEETUP_ID, text)), BooleanClause.Occur.SHOULD);
    java.util.Set<String> named = meetups.ids(text);
    if (!named.isEmpty()) {
      // One query for any number of meetups: a common word may name more than a BooleanQuery may hold.
      any.add(new TermInSetQuery(Schema.MEETUP_ID, named.stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.SHOULD);
    }
    Query words = builder.createPhraseQuery(Schema.MEETUP, text, 0);
    if (words != null) {
      any.add(words, BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static Query year(String text, List<Notice> notices) {
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
    notices.add(Notice.notAYear(text));
    return null;
  }
}
