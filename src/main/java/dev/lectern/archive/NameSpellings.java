package dev.lectern.archive;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the archive's own file names spell a word its folder names write in lower case: a folder
 * {@code pythontoronto-archive} holding {@code PythonToronto2016-talk.pdf} names the meetup
 * "PythonToronto", not "Pythontoronto". Only a word written in mixed case by a person is taken.
 */
record NameSpellings(Map<String, String> byLetters) {
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern MIXED = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}.*");

  static final NameSpellings NONE = new NameSpellings(Map.of());

  NameSpellings {
    byLetters = Map.copyOf(byLetters);
  }

  static NameSpellings of(Collection<String> paths) {
    Map<String, String> found = new HashMap<>();
    for (String path : paths) {
      for (String word : WORDS.split(path)) {
        if (word.length() >= 6 && MIXED.matcher(word).matches()) {
          found.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
        }
      }
    }
    return new NameSpellings(found);
  }

  /** The title with each word that title-casing made ("Pythontoronto") spelled as the archive does. */
  String respell(String title) {
    StringBuilder out = new StringBuilder();
    for (String word : title.split(" ", -1)) {
      String lower = word.toLowerCase(Locale.ROOT);
      boolean madeUp = !word.isEmpty() && word.substring(1).equals(lower.substring(1));
      out.append(out.isEmpty() ? "" : " ").append(madeUp ? byLetters.getOrDefault(lower, word) : word);
    }
    return out.toString();
  }
}
