package dev.lectern.index;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The other spellings of an identifier a query may mean: {@code private_use1}, {@code private-use1},
 * {@code PrivateUse1}, {@code privateuse1} and {@code private use1} are one name written five ways.
 * The index holds each identifier whole, in parts and joined ({@link JoinedIdentifierFilter}); a
 * query word adds its parts as a phrase and its joined spelling, each counting a little less than
 * the word as typed.
 */
final class Identifiers {
  private static final float VARIANT_WEIGHT = 0.8f;
  private static final int MAX_JOINED_LENGTH = 48;
  private static final List<String> FIELDS = List.of(Schema.TITLE, Schema.FILENAME, Schema.TEXT, Schema.NOTES);
  private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}_-]+");
  private static final Pattern CONNECTORS = Pattern.compile("[_-]+");
  private static final Pattern CASE_CHANGE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  static boolean isLatinWord(String word) {
    return word.length() <= MAX_JOINED_LENGTH && LATIN_WORD.matcher(word).matches();
  }

  /** Case-folded as the analyzers fold it. */
  static String fold(String word) {
    return Normalizer2.getNFKCCasefoldInstance().normalize(word);
  }

  /** Queries for the word's other spellings: its parts as a phrase, and its joined form. */
  List<Query> variants(QueryBuilder builder, String word) {
    if (!isLatinWord(word)) {
      return List.of();
    }
    List<Query> variants = new ArrayList<>();
    String parts = CONNECTORS.matcher(CASE_CHANGE.matcher(word).replaceAll(" ")).replaceAll(" ").strip();
    if (parts.contains(" ")) {
      for (String field : FIELDS) {
        Query phrase = builder.createPhraseQuery(field, parts, 0);
        if (phrase != null) {
          variants.add(new BoostQuery(phrase, Schema.QUERY_FIELDS.get(field) * VARIANT_WEIGHT));
        }
      }
    }
    if (CONNECTORS.matcher(word).find()) {
      Query joined = joinedTerm(word);
      if (joined != null) {
        variants.add(joined);
      }
    }
    return variants;
  }

  /** The word with its connectors removed, as the joined token the index holds; null if not a Latin word. */
  Query joinedTerm(String word) {
    if (!isLatinWord(word)) {
      return null;
    }
    String joined = fold(CONNECTORS.matcher(word).replaceAll(""));
    if (joined.isEmpty()) {
      return null;
    }
    List<Query> perField = new ArrayList<>();
    for (String field : FIELDS) {
      perField.add(new BoostQuery(new TermQuery(new Term(field, joined)), Schema.QUERY_FIELDS.get(field) * VARIANT_WEIGHT));
    }
    return new DisjunctionMaxQuery(perField, 0.2f);
  }
}
