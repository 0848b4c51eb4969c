package dev.lectern.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Chinese function and question words (的, 和, 什么, 怎么, …), from a published stop-word list
 * shipped as {@code zh-stopwords.txt}. The index keeps them (Han text is indexed character by
 * character), so they are told apart at query time instead: such a word is never required and
 * never qualifies a talk on its own, as an English stop word, which the index drops, never does.
 * Traditional spellings (為什麼) count as their simplified ones.
 */
public final class ChineseStopWords {
  private static final String LIST = "/zh-stopwords.txt";

  private final Set<String> words;

  private ChineseStopWords(Set<String> words) {
    this.words = words;
  }

  /** The shipped list. */
  public static ChineseStopWords load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = ChineseStopWords.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + LIST);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ChineseStopWords(Set.copyOf(words));
  }

  /** True when the whole word, in either script, is a Chinese stop word. */
  public boolean contains(String word) {
    String stripped = word.strip();
    return words.contains(stripped) || words.contains(SimplifiedChinese.of(stripped));
  }
}
