package dev.lectern.bench;

import dev.lectern.bench.load.Workload;
import dev.lectern.index.FieldAnalyzers;
import dev.lectern.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;

/**
 * The floor: a plain {@link IndexSearcher} over the same index and analyzer, one BooleanQuery on the
 * slide text (phrases and Han words as phrase queries, year/format as filters) and the top 10 page
 * documents, their stored text read, or highlighted with a default {@link UnifiedHighlighter}.
 */
final class RawLucene implements Workload {
  private final IndexSearcher searcher;
  private final Analyzer analyzer = FieldAnalyzers.forQuerying();
  private final List<Query> queries;
  private final boolean highlight;
  private final UnifiedHighlighter highlighter;

  RawLucene(IndexSearcher searcher, List<String> texts, boolean highlight) {
    this.searcher = searcher;
    this.highlight = highlight;
    this.queries = texts.stream().map(this::translate).toList();
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
  }

  @Override
  public void run(int query) throws IOException {
    Query q = queries.get(query);
    TopDocs top = searcher.search(q, 10);
    if (highlight) {
      highlighter.highlight(Schema.TEXT, q, top, 1);
    } else {
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        stored.document(hit.doc).get(Schema.TEXT);
      }
    }
  }

  int hits(int query) throws IOException {
    return searcher.count(queries.get(query));
  }

  Query translate(String text) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PAGE)), BooleanClause.Occur.FILTER);
    for (String token : tokens(text)) {
      Query clause;
      BooleanClause.Occur occur = BooleanClause.Occur.MUST;
      if (token.startsWith("year:")) {
        clause = IntPoint.newExactQuery(Schema.YEAR, Integer.parseInt(token.substring(5)));
        occur = BooleanClause.Occur.FILTER;
      } else if (token.startsWith("format:")) {
        clause = new TermQuery(new Term(Schema.FORMAT, token.substring(7).toLowerCase(Locale.ROOT)));
        occur = BooleanClause.Occur.FILTER;
      } else if (token.startsWith("\"") || token.codePoints().anyMatch(RawLucene::isHan)) {
        clause = builder.createPhraseQuery(Schema.TEXT, token.replace("\"", ""));
      } else {
        clause = builder.createBooleanQuery(Schema.TEXT, token, BooleanClause.Occur.MUST);
      }
      if (clause != null) {
        query.add(clause, occur);
      }
    }
    return query.build();
  }

  /** Words, "quoted phrases" kept whole. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
      } else if (text.charAt(i) == '"') {
        int close = text.indexOf('"', i + 1);
        tokens.add(text.substring(i, close + 1));
        i = close + 1;
      } else {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        tokens.add(text.substring(i, end));
        i = end;
      }
    }
    return tokens;
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
