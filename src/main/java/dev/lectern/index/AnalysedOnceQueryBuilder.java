package dev.lectern.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeSource;
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

  /** A text's tokens as the chain left them: each token's attributes, and the state after the last. */
  private record Tokens(AttributeSource attributes, List<AttributeSource.State> states, AttributeSource.State end) {}

  private final Map<Key, Tokens> analysed = new HashMap<>();

  AnalysedOnceQueryBuilder(Analyzer analyzer) {
    super(analyzer);
  }

  @Override
  protected Query createFieldQuery(Analyzer analyzer, BooleanClause.Occur operator, String field, String queryText,
      boolean quoted, int phraseSlop) {
    Tokens tokens = analysed.computeIfAbsent(new Key(FieldAnalyzers.chain(field), queryText),
        key -> record(analyzer, field, queryText));
    try (TokenStream replay = new Replay(tokens)) {
      return createFieldQuery(replay, operator, field, quoted, phraseSlop);
    } catch (IOException e) {
      throw new UncheckedIOException("Error analyzing query text", e);
    }
  }

  private static Tokens record(Analyzer analyzer, String field, String text) {
    try (TokenStream source = analyzer.tokenStream(field, text)) {
      source.reset();
      List<AttributeSource.State> states = new ArrayList<>();
      while (source.incrementToken()) {
        states.add(source.captureState());
      }
      source.end();
      return new Tokens(source.cloneAttributes(), states, source.captureState());
    } catch (IOException e) {
      throw new UncheckedIOException("Error analyzing query text", e);
    }
  }

  /** The recorded tokens again, on attributes of the same kinds as the chain's. */
  private static final class Replay extends TokenStream {
    private final Tokens tokens;
    private int next;

    Replay(Tokens tokens) {
      super(tokens.attributes().cloneAttributes());
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.states().size()) {
        return false;
      }
      clearAttributes();
      restoreState(tokens.states().get(next++));
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      restoreState(tokens.end());
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
