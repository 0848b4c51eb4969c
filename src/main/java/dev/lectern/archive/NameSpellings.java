package dev.lectern.archive;

import dev.lectern.model.DocumentFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the archive's own names spell a word its folder names write in lower case. Folder slugs lose
 * case; the archive's other names (file names, folders a person named with capitals) usually keep
 * it: a folder {@code pythontoronto-archive} holding {@code PythonToronto2016-talk.pdf} names the
 * meetup "PythonToronto", {@code tidb-meetup} beside {@code TiDB intro.pdf} "TiDB", {@code gpu-club}
 * beside {@code [GPU] kernels.pdf} "GPU", {@code nodejs-party} beside {@code Node.js tips.pdf}
 * "Node.js". Only what a person wrote with capitals counts; a lower-case occurrence says nothing.
 */
record NameSpellings(Map<String, String> byLetters) {
  /** A Latin word, with the dots people write inside product names ({@code Node.js}, {@code Vue.js}). */
  private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+(?:\\.\\p{IsLatin}+)*");
  /** Capitals past the first letter, or inner dots: a spelling title-casing cannot rebuild. */
  private static final Pattern DISTINCTIVE = Pattern.compile("\\p{L}.*(?:\\p{Lu}.*\\p{Ll}|\\p{Ll}.*\\p{Lu}|\\.).*");
  /**
   * Acronyms are short. A long word in capitals is emphasis or a shouted file name ({@code FINAL},
   * {@code WORKSHOP}), not how the word is spelled.
   */
  private static final int ACRONYM_LETTERS = 5;


  NameSpellings {
    byLetters = Map.copyOf(byLetters);
  }

  /** Spellings from every folder and file name of the archive (paths relative to its root). */
  static NameSpellings of(Collection<String> paths) {
    Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
    for (String path : paths) {
      for (String part : path.split("/")) {
        String name = withoutExtensions(part);
        if (shouted(name)) {
          continue;
        }
        Matcher m = WORD.matcher(name);
        while (m.find()) {
          String word = m.group();
          String key = word.replace(".", "").toLowerCase(Locale.ROOT);
          if (key.length() >= 2 && !word.equals(word.toLowerCase(Locale.ROOT))) {
            seen.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(word, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, String> chosen = new HashMap<>();
    seen.forEach((key, spellings) -> spelling(key, spellings).ifPresent(s -> chosen.put(key, s)));
    return new NameSpellings(chosen);
  }

  /**
   * The most frequent distinctive spelling ({@code PyTorch}, {@code Node.js}); else capitals, for a
   * short word written that way more often than capitalised; else none (title case is the default).
   */
  private static java.util.Optional<String> spelling(String key, Map<String, Integer> spellings) {
    java.util.Optional<String> distinctive = spellings.entrySet().stream()
        .filter(e -> DISTINCTIVE.matcher(e.getKey()).matches())
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (distinctive.isPresent()) {
      return distinctive;
    }
    int upper = spellings.entrySet().stream().filter(e -> e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT)))
        .mapToInt(Map.Entry::getValue).sum();
    int total = spellings.values().stream().mapToInt(Integer::intValue).sum();
    return key.length() <= ACRONYM_LETTERS && upper * 2 > total
        ? java.util.Optional.of(key.toUpperCase(Locale.ROOT)) : java.util.Optional.empty();
  }

  /** A name of several words, all in capitals, says no more about case than one all in lower case. */
  private static boolean shouted(String name) {
    return WORD.matcher(name).results().count() >= 2 && name.equals(name.toUpperCase(Locale.ROOT));
  }

  private static String withoutExtensions(String name) {
    String stem = name;
    while (DocumentFormat.ofFileName(stem).isPresent()) {
      stem = ArchiveLayout.stem(stem);
    }
    return stem;
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
