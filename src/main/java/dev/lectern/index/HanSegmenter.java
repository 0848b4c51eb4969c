package dev.lectern.index;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long run of Chinese in a query (a question typed without spaces, such as
 * 微服务之间怎么做负载均衡) into words with ICU's dictionary, so each word is matched on its own and
 * talks are ranked by the words they have, instead of the whole run being required as one phrase.
 * Short runs (a term like 服务网格) stay whole. Chinese written against Latin without a space
 * ({@code 窥探Golang编译}) splits at the change of script, since the parts are separate words. Single characters stay too: the dictionary splits
 * some words it does not know into them (超时 → 超, 时), and ranking by rarity keeps common ones
 * (的, 和) from counting for much.
 */
final class HanSegmenter {
  /** Runs of at most this many Han characters are a term, not a sentence. */
  static final int MAX_TERM_LENGTH = 4;

  private HanSegmenter() {}

  static List<QueryClause> expand(List<QueryClause> clauses) {
    List<QueryClause> out = new ArrayList<>();
    for (QueryClause clause : clauses) {
      if (clause.field().isEmpty() && !clause.phrase() && clause.occur() == QueryClause.Occur.MUST
          && (hanCount(clause.text()) > MAX_TERM_LENGTH || mixesScripts(clause.text()))) {
        List<String> words = words(clause.text());
        if (!words.isEmpty()) {
          words.forEach(w -> out.add(new QueryClause("", w, false, QueryClause.Occur.MUST)));
          continue;
        }
      }
      out.add(clause);
    }
    return out;
  }

  /** The run's dictionary words, without spaces and punctuation. */
  static List<String> words(String text) {
    BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    breaks.setText(text);
    List<String> words = new ArrayList<>();
    for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String word = text.substring(start, end).strip();
      if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean mixesScripts(String text) {
    int han = hanCount(text);
    return han > 0 && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static int hanCount(String text) {
    return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }
}
