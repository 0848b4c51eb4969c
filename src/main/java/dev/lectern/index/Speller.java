package dev.lectern.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  String suggest(IndexReader reader, List<String> words) throws IOException {
    List<String> respelled = new ArrayList<>(words.size());
    boolean changed = false;
    for (String word : words) {
      String folded = word.toLowerCase(Locale.ROOT);
      if (!isLatinWord(folded) || reader.docFreq(new Term(Schema.SPELL, folded)) > 0) {
        respelled.add(word);
        continue;
      }
      SuggestWord[] suggestions =
          checker.suggestSimilar(new Term(Schema.SPELL, folded), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0) {
        respelled.add(suggestions[0].string);
        changed = true;
      } else {
        respelled.add(word);
      }
    }
    return changed ? String.join(" ", respelled) : null;
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
