package dev.lectern.index;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Did-you-mean: respells query words that the archive does not contain with the nearest word it
 * does, drawn from the {@link Schema#SPELL} field so suggestions are real words, never stems.
 */
final class Speller {
  private final DirectSpellChecker checker = new DirectSpellChecker();

  Speller() {
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
  }

  /** The query with unknown words respelled, or {@code null} when every word is known. */
  String suggest(IndexReader reader, String query, List<String> words) throws IOException {
    String respelled = query;
    boolean changed = false;
    for (String word : words) {
      String folded = word.toLowerCase(Locale.ROOT);
      if (!isLatinWord(folded) || reader.docFreq(new Term(Schema.SPELL, folded)) > 0) {
        continue;
      }
      SuggestWord[] suggestions =
          checker.suggestSimilar(new Term(Schema.SPELL, folded), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0) {
        // Replace the word where it stands, so phrases and filters around it survive.
        respelled = respelled.replaceFirst("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
            Matcher.quoteReplacement(suggestions[0].string));
        changed = true;
      }
    }
    return changed ? respelled : null;
  }

  private static boolean isLatinWord(String word) {
    if (word.length() < 4) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c < 0x250 && (Character.isLetterOrDigit(c) || c == '_' || c == '.'))) {
        return false;
      }
    }
    return true;
  }
}
