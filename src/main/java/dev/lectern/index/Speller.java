package dev.lectern.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Did-you-mean: respells query words that the archive does not contain with the nearest word it
 * does, drawn from the {@link Schema#SPELL} field so suggestions are real words, never stems. A word
 * the archive knows in any form (a slide word, a stem of one, a speaker's name, a file name) is never
 * respelled. The work is bounded: long words are not looked at and only a few words per query are.
 */
final class Speller {
  /** Longer words are identifiers, hashes or noise; finding a near word for them costs the most. */
  static final int MAX_WORD_LENGTH = 24;
  /** At most this many words of one query are looked up in the spelling dictionary. */
  static final int MAX_RESPELLED_WORDS = 4;

  private static final List<String> KNOWN_FIELDS = List.of(Schema.TEXT, Schema.TITLE, Schema.FILENAME, Schema.SPEAKER);

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer analyzer;

  Speller(Analyzer queryAnalyzer) {
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
    this.analyzer = queryAnalyzer;
  }

  /** The query with unknown words respelled, or {@code null} when there is nothing to respell. */
  String suggest(IndexReader reader, String query, List<String> words) throws IOException {
    String respelled = query;
    boolean changed = false;
    int looked = 0;
    QueryBuilder analyzed = new AnalysedOnceQueryBuilder(analyzer); // a word analysed once for its fields
    for (String word : words) {
      String folded = word.toLowerCase(Locale.ROOT);
      if (looked >= MAX_RESPELLED_WORDS) {
        break;
      }
      if (!isLatinWord(folded) || isKnown(reader, analyzed, word, folded)) {
        continue;
      }
      looked++;
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

  /** True when some field holds the word as written, as a speaker's name, or in its analyzed form. */
  private static boolean isKnown(IndexReader reader, QueryBuilder analyzed, String word, String folded)
      throws IOException {
    if (reader.docFreq(new Term(Schema.SPELL, folded)) > 0) {
      return true;
    }
    for (String field : KNOWN_FIELDS) {
      if (allTermsPresent(reader, analyzed.createPhraseQuery(field, word, 0), field)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allTermsPresent(IndexReader reader, Query query, String field)
      throws IOException {
    if (query == null) {
      return false;
    }
    boolean[] present = {true};
    boolean[] any = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term term : terms) {
          any[0] = true;
          try {
            present[0] &= term.field().equals(field) && reader.docFreq(term) > 0;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    });
    return any[0] && present[0];
  }

  private static boolean isLatinWord(String word) {
    if (word.length() < 4 || word.length() > MAX_WORD_LENGTH) {
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
