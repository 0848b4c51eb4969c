package dev.lectern.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for spelling a word of a name read off a folder. A folder slug loses capitals
 * ({@code openai-meetups} becomes "Openai Meetups"); what a person wrote elsewhere in the archive
 * keeps them: file and folder names (read by the scanner) and the slides' text (read per index
 * snapshot). Both count how those write the word and vote here, so one word is spelled the same way
 * whichever of them saw it.
 */
public final class WordSpelling {
  /**
   * Acronyms are short. A long word in capitals is emphasis or a shouted file name ({@code FINAL},
   * {@code CONFERENCE}), not how the word is spelled, and counts neither way.
   */
  public static final int ACRONYM_LETTERS = 5;

  /** A Latin word, with the dots people write inside product names ({@code Node.js}, {@code Vue.js}). */
  private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+(?:\\.\\p{IsLatin}+)*");
  /**
   * A spelling title-casing cannot rebuild: a capital past the first letter ({@code OpenAI},
   * {@code iOS}, {@code WLUG}) or an inner dot ({@code Node.js}).
   */
  private static final Pattern DISTINCTIVE = Pattern.compile("\\p{L}.*(?:\\p{Lu}|\\.).*");
  /** What title-casing a lower-case word makes: a capital, then lower-case letters only. */
  private static final Pattern MADE_UP = Pattern.compile("\\p{Lu}\\p{Ll}+");

  /** Mixed case at a word boundary: a lower-case letter, then a capital ({@code AdvancedTopics}, {@code OpenAI}). */
  private static final Pattern RUN_TOGETHER = Pattern.compile("\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*");
  /** Where a run-together word splits: before a capital that follows a lower-case letter after another letter. */
  private static final Pattern SPLIT = Pattern.compile("(?<=\\p{L}\\p{Ll})(?=\\p{Lu})");

  private WordSpelling() {}

  /** The Latin words of {@code text}, dotted product names whole. */
  public static Matcher words(CharSequence text) {
    return WORD.matcher(text);
  }

  /** The key a spelling is counted under: lower case, inner dots dropped ({@code Node.js} → {@code nodejs}). */
  public static String key(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }

  /** A spelling title-casing cannot rebuild, so a person chose it. */
  public static boolean distinctive(String spelling) {
    return DISTINCTIVE.matcher(spelling).matches();
  }

  /** A word whose case title-casing may have made ({@code Openai}); keyed by {@link #key}. */
  public static boolean madeUp(String word) {
    return MADE_UP.matcher(word).matches();
  }

  /** A line or name of several words all in capitals says nothing about how one of them is spelled. */
  public static boolean shouted(String line) {
    return WORD.matcher(line).results().count() >= 2 && line.equals(line.toUpperCase(Locale.ROOT));
  }

  /** {@link #chosen} for each word ({@code counts}: word key to its spellings' counts), leaving out words with none. */
  public static Map<String, String> chosenAll(Map<String, Map<String, Integer>> counts) {
    Map<String, String> chosen = new java.util.HashMap<>();
    counts.forEach((word, spellings) -> {
      String spelling = chosen(spellings);
      if (spelling != null) {
        chosen.put(word, spelling);
      }
    });
    return chosen;
  }

  /**
   * The spelling a word takes from how it was written ({@code spellings}: spelling to count): the
   * most frequent distinctive one, when distinctive spellings are more than half of what was written
   * (a long word in capitals not counted either way); else null, and title case stands.
   */
  public static String chosen(Map<String, Integer> spellings) {
    int total = 0;
    int distinctive = 0;
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : spellings.entrySet()) {
      String s = e.getKey();
      if (s.equals(s.toUpperCase(Locale.ROOT)) && key(s).length() > ACRONYM_LETTERS) {
        continue;
      }
      total += e.getValue();
      if (distinctive(s)) {
        distinctive += e.getValue();
        if (e.getValue() > bestCount || e.getValue() == bestCount && s.compareTo(best) < 0) {
          best = s;
          bestCount = e.getValue();
        }
      }
    }
    return distinctive * 2 > total ? best : null;
  }

  /**
   * Words of a meetup's names whose spelling stands, by key: those its folders write with a capital
   * (a person chose {@code Beijing/}), and its city's, which the scanner spells as a gazetteer does.
   */
  public static Set<String> kept(String folder, String city) {
    Set<String> out = new TreeSet<>();
    Matcher folderWord = WORD.matcher(folder);
    while (folderWord.find()) {
      String word = folderWord.group();
      if (!word.equals(word.toLowerCase(Locale.ROOT))) {
        out.add(key(word));
      }
    }
    Matcher cityWord = WORD.matcher(city);
    while (cityWord.find()) {
      out.add(key(cityWord.group()));
    }
    return out;
  }

  /** Letters only, with a capital after a lower-case letter: words run together, or a product's name. */
  public static boolean runTogether(String word) {
    return RUN_TOGETHER.matcher(word).matches();
  }

  /**
   * {@code name} with each run-together word whose key is in {@code keys} written as its words
   * ({@code AdvancedTopics} → {@code Advanced Topics}); a single leading lower-case letter stays on
   * ({@code iOS}).
   */
  public static String apart(String name, Set<String> keys) {
    if (keys.isEmpty()) {
      return name;
    }
    String[] words = name.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      if (runTogether(words[i]) && keys.contains(key(words[i]))) {
        words[i] = String.join(" ", SPLIT.split(words[i]));
      }
    }
    return String.join(" ", words);
  }

  /**
   * {@code name} with each word title-casing made spelled as {@code chosen} (by key) says, unless
   * its key is {@code kept}.
   */
  public static String respell(String name, Map<String, String> chosen, Set<String> kept) {
    String[] words = name.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String key = key(words[i]);
      if (madeUp(words[i]) && !kept.contains(key)) {
        words[i] = chosen.getOrDefault(key, words[i]);
      }
    }
    return String.join(" ", words);
  }
}
