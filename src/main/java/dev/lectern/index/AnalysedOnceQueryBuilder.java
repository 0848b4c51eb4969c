package dev.lectern.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A query builder for one request that runs the analysis chain once per text and chain. A query word
 * becomes a clause on every weighted field, an identifier's parts a phrase on four of them, and the
 * whole query a phrase on four more: with Lucene's builder each of those analyses the same text again
 * (NFKC, ICU word breaking, identifier, Han and folding filters), though every field but the speaker
 * and spelling ones shares one chain ({@link FieldAnalyzers#chain}). Here the first analysis of a text
 * is recorded, token by token with every attribute, and replayed for the other fields, so each query
 * is built from exactly the tokens the chain gives. Not thread-safe: one instance per request.
 */
final class AnalysedOnceQueryBuilder extends QueryBuilder {
  private record Key(String chain, String text) {}

  private final Map<Key, RecordedTokens> analysed = new HashMap<>();

  AnalysedOnceQueryBuilder(Analyzer analyzer) {
    super(analyzer);
  }

  @Override
  protected Query createFieldQuery(Analyzer analyzer, BooleanClause.Occur operator, String field, String queryText,
      boolean quoted, int phraseSlop) {
    RecordedTokens tokens = analysed.computeIfAbsent(new Key(FieldAnalyzers.chain(field), queryText),
        key -> RecordedTokens.of(analyzer, field, queryText));
    try (TokenStream replay = tokens.replay()) {
      return createFieldQuery(replay, operator, field, quoted, phraseSlop);
    } catch (IOException e) {
      throw new UncheckedIOException("Error analyzing query text", e);
    }
  }
}
