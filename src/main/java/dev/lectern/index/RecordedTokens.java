package dev.lectern.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.AttributeSource;

/**
 * A text's tokens as an analysis chain left them, each with every attribute (term, offsets,
 * position increment and length, type, flags, keyword), and the state after the last: replayed, they
 * are exactly what analysing the text again would give, without running the chain (NFKC, ICU word
 * breaking, identifier, Han, bigram, folding and stemming filters) again.
 */
final class RecordedTokens {
  private final AttributeSource attributes;
  private final List<AttributeSource.State> states;
  private final AttributeSource.State end;

  private RecordedTokens(AttributeSource attributes, List<AttributeSource.State> states, AttributeSource.State end) {
    this.attributes = attributes;
    this.states = states;
    this.end = end;
  }

  /** Analyses {@code text} as {@code analyzer} does for {@code field}, recording every token. */
  static RecordedTokens of(Analyzer analyzer, String field, String text) {
    try (TokenStream source = analyzer.tokenStream(field, text)) {
      source.reset();
      List<AttributeSource.State> states = new ArrayList<>();
      while (source.incrementToken()) {
        states.add(source.captureState());
      }
      source.end();
      return new RecordedTokens(source.cloneAttributes(), states, source.captureState());
    } catch (IOException e) {
      throw new UncheckedIOException("Error analyzing text", e);
    }
  }

  /** A new stream of the recorded tokens, on attributes of the same kinds as the chain's. */
  TokenStream replay() {
    return new Replay(this);
  }

  private static final class Replay extends TokenStream {
    private final RecordedTokens tokens;
    private int next;

    Replay(RecordedTokens tokens) {
      super(tokens.attributes.cloneAttributes());
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.states.size()) {
        return false;
      }
      clearAttributes();
      restoreState(tokens.states.get(next++));
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      restoreState(tokens.end);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
