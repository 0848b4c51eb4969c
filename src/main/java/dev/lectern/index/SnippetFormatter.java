package dev.lectern.index;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/**
 * Highlighted passages as HTML-escaped text in which only the matches are wrapped in
 * {@code <mark>}. Escapes exactly what {@link Snippets#escape} does, so every snippet, highlighted or
 * not, decodes the same way in a client.
 */
final class SnippetFormatter extends DefaultPassageFormatter {
  SnippetFormatter() {
    super("<mark>", "</mark>", " … ", true);
  }

  @Override
  protected void append(StringBuilder dest, String content, int start, int end) {
    dest.append(Snippets.escape(content.substring(start, end)));
  }
}
