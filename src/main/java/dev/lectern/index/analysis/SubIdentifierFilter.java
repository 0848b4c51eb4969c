package dev.lectern.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Index-time only: a qualified name also answers to the names inside it. {@code torch.nn.Module}
 * adds {@code torch.nn} and {@code nn.Module}, and {@code load_inline.py} adds {@code load_inline},
 * all at the same position, so a researcher who types the shorter identifier finds the longer one.
 * Segments are split at {@code .}, {@code ::} and {@code /}; a lone segment is added only when it is
 * an identifier itself (it holds {@code _}, a digit or an inner capital), since plain words already
 * arrive as word parts.
 */
final class SubIdentifierFilter extends TokenFilter {
  private static final int MAX_SEGMENTS = 8;
  // String.split compiles a multi-character pattern on every call: a third of indexing's analysis time.
  private static final Pattern SEPARATOR = Pattern.compile("::|[./]");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State state;

  SubIdentifierFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.pop());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    List<String> segments = segments(term.toString());
    if (segments.size() > 1 && segments.size() <= MAX_SEGMENTS) {
      for (int from = 0; from < segments.size(); from++) {
        for (int to = from + 1; to <= segments.size(); to++) {
          if (from == 0 && to == segments.size()) {
            continue; // the whole token is already there
          }
          String sub = String.join(".", segments.subList(from, to));
          if (to - from > 1 || IdentifierMarkerFilter.isIdentifier(sub.toCharArray(), sub.length())) {
            pending.add(sub);
          }
        }
      }
      state = captureState();
    }
    return true;
  }

  static List<String> segments(String token) {
    if (token.indexOf('.') < 0 && token.indexOf(':') < 0 && token.indexOf('/') < 0) {
      return token.isEmpty() ? List.of() : List.of(token); // what the split would give, without it
    }
    List<String> segments = new ArrayList<>();
    for (String segment : SEPARATOR.split(token)) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
