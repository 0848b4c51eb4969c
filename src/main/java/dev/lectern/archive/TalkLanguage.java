package dev.lectern.archive;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a talk is given in, read from the prose of its slides rather than from every letter
 * on them. Code, identifiers ({@code user_table}, {@code TiKV}, {@code SELECT}) and diagram labels are
 * read alike by audiences of any language, so a Chinese deck full of code samples is still Chinese:
 * Latin letters outside prose count a quarter as much as Latin prose. Han characters are prose
 * wherever they stand (a comment in code is written for the audience too).
 *
 * <p>A document's own language property is often the tool's default ({@code en-US} in decks written
 * entirely in Chinese), so it decides only what the text cannot: a Latin-script language (the text
 * says Latin, the property says which one), or which Han-script language.
 */
final class TalkLanguage {
  /** Characters that mark a line as code, a command or markup, not a sentence. */
  private static final Pattern CODE_LINE = Pattern.compile(".*(?:[{};=<>|\\\\]|\\(\\)|//|/\\*|^\\s*(?:\\$|>>>)\\s).*");
  /** A word as prose writes it: lower case, or capitalised; not an acronym, identifier or number. */
  private static final Pattern PROSE_WORD = Pattern.compile("\\p{IsLatin}\\p{Ll}*+(?:['’]\\p{Ll}+)?");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"'“‘(\\[]+|[\"'”’)\\],.:;!?]+$");
  /** A prose line has at least this many words, most of them prose words (a sentence or a bullet). */
  private static final int PROSE_LINE_WORDS = 3;
  private static final Set<String> HAN_LANGUAGES = Set.of("zh", "ja", "ko");

  /** Han characters and Latin letters, the latter split into prose and everything else. */
  record Letters(long han, long prose, long other) {
    Letters plus(Letters o) {
      return new Letters(han + o.han, prose + o.prose, other + o.other);
    }

    boolean none() {
      return han + prose + other == 0;
    }

    /**
     * A Han character carries about as much as a short Latin word, so Han a fifth of the prose's
     * letters is a lot; letters of code and identifiers count a quarter.
     */
    boolean substantiallyHan() {
      return han > 0 && han * 5 >= han + prose + other / 4;
    }
  }

  private TalkLanguage() {}

  /**
   * {@code declared}: the documents' language properties (blank when unset); {@code texts}: every
   * page's text and notes; {@code title}: the talk's title as chosen. Empty when nothing says.
   */
  static String of(List<String> declared, List<String> texts, String title) {
    String property = declared.stream().filter(d -> d != null && !d.isBlank()).findFirst()
        .map(d -> d.split("[-_]")[0].toLowerCase(Locale.ROOT)).orElse("");
    Letters letters = texts.stream().map(TalkLanguage::letters).reduce(new Letters(0, 0, 0), Letters::plus);
    // Text with no Han at all under a Chinese title is usually a PDF whose Han glyphs have no Unicode
    // mapping and were dropped: the title a person typed says what the text lost.
    boolean hanLost = letters.han() == 0 && letters(title).substantiallyHan();
    if (letters.substantiallyHan() || hanLost) {
      return HAN_LANGUAGES.contains(property) ? property : "zh";
    }
    if (letters.none()) {
      return property;
    }
    return property.isEmpty() || HAN_LANGUAGES.contains(property) ? "en" : property;
  }

  static Letters letters(String text) {
    long han = 0;
    long prose = 0;
    long other = 0;
    for (String line : text.split("\n")) {
      han += line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
      long latin = line.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
      long proseLetters = proseLetters(line);
      prose += proseLetters;
      other += latin - proseLetters;
    }
    return new Letters(han, prose, other);
  }

  /** The Latin letters of a line that reads as prose, or 0. */
  private static long proseLetters(String line) {
    if (CODE_LINE.matcher(line).matches()) {
      return 0;
    }
    String[] tokens = line.strip().split("\\s+");
    long words = 0;
    long letters = 0;
    long latinTokens = 0;
    for (String token : tokens) {
      String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
      if (word.codePoints().noneMatch(c -> c < 0x250 && Character.isLetter(c))) {
        continue; // Han, numbers and symbols neither make nor break a Latin sentence
      }
      latinTokens++;
      if (PROSE_WORD.matcher(word).matches()) {
        words++;
        letters += word.length();
      }
    }
    return words >= PROSE_LINE_WORDS && words * 2 > latinTokens ? letters : 0;
  }
}
