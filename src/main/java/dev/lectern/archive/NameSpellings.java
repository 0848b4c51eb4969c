package dev.lectern.archive;

import dev.lectern.model.DocumentFormat;
import dev.lectern.model.WordSpelling;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * How the archive's own names spell a word its folder names write in lower case. Folder slugs lose
 * case; the archive's other names (file names, folders a person named with capitals) usually keep
 * it: a folder {@code pythontoronto-archive} holding {@code PythonToronto2016-talk.pdf} names the
 * meetup "PythonToronto", {@code tidb-meetup} beside {@code TiDB intro.pdf} "TiDB", {@code gpu-club}
 * beside {@code [GPU] kernels.pdf} "GPU", {@code nodejs-party} beside {@code Node.js tips.pdf}
 * "Node.js". Only what a person wrote with capitals counts: names are often slugs, so a lower-case
 * occurrence says nothing. The vote and the respelling are {@link WordSpelling}'s, as for slide text.
 */
record NameSpellings(Map<String, String> byLetters) {
  NameSpellings {
    byLetters = Map.copyOf(byLetters);
  }

  /** Spellings from every folder and file name of the archive (paths relative to its root). */
  static NameSpellings of(Collection<String> paths) {
    Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
    for (String path : paths) {
      for (String part : path.split("/")) {
        String name = withoutExtensions(part);
        if (WordSpelling.shouted(name)) {
          continue;
        }
        Matcher m = WordSpelling.words(name);
        while (m.find()) {
          String word = m.group();
          String key = WordSpelling.key(word);
          if (key.length() >= 2 && !word.equals(word.toLowerCase(Locale.ROOT))) {
            seen.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(word, 1, Integer::sum);
          }
        }
      }
    }
    return new NameSpellings(WordSpelling.chosenAll(seen));
  }

  private static String withoutExtensions(String name) {
    String stem = name;
    while (DocumentFormat.ofFileName(stem).isPresent()) {
      stem = ArchiveLayout.stem(stem);
    }
    return stem;
  }

  /**
   * The title with each word that title-casing made ("Pythontoronto") spelled as the archive does,
   * but for {@code kept} words (see {@link WordSpelling#kept}).
   */
  String respell(String title, Set<String> kept) {
    return WordSpelling.respell(title, byLetters, kept);
  }
}
