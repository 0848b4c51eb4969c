package dev.lectern.archive;

import com.ibm.icu.text.Transliterator;
import dev.lectern.model.Speaker;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether two written names are one person: the same name without diacritics or with their
 * transliteration ({@code Köpf}, {@code Koepf}), in either order ({@code Feng Liyuan}, {@code Liyuan
 * Feng}), a Chinese name and its pinyin ({@code 冯立元}, {@code Feng Liyuan}, {@code fengliyuan}, the
 * initials {@code fly}), or a handle made from a full name ({@code nick}, {@code kzhou}, {@code justinchuby}).
 */
public final class NameForms {
  /**
   * Built on first use: ICU compiles its Han-Latin rules in about half a CPU-second, which every
   * {@code index} paid on its main thread before the extraction child was started; an archive with
   * no Chinese name to compare with a Latin one never needs them. Guarded by this.
   */
  private Transliterator pinyin;

  public boolean samePerson(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    if (ka.equals(kb) || sortedKey(a).equals(sortedKey(b))) {
      return true;
    }
    boolean hanA = hasHan(a);
    boolean hanB = hasHan(b);
    if (hanA != hanB) {
      return hanA ? romanises(a, b) : romanises(b, a);
    }
    return !hanA && (handleOf(a, b) || handleOf(b, a));
  }

  /** Whether {@code latin} spells the Chinese name {@code han} in pinyin, in any usual order or as initials. */
  public boolean romanises(String han, String latin) {
    List<String> syllables = syllables(han);
    String written = key(latin);
    if (syllables.size() < 2 || written.length() < 2) {
      return false;
    }
    String all = String.join("", syllables);
    String given = String.join("", syllables.subList(1, syllables.size()));
    String initials = syllables.stream().map(s -> s.substring(0, 1)).reduce("", String::concat);
    return written.equals(all) || written.equals(given + syllables.get(0))
        || syllables.size() > 2 && (written.equals(given) || written.equals(initials));
  }

  private List<String> syllables(String han) {
    String latin = pinyin(han.replaceAll("[^\\p{IsHan}]", ""));
    return Arrays.stream(latin.split("[^a-z]+")).filter(s -> !s.isEmpty()).toList();
  }

  private synchronized String pinyin(String han) {
    if (pinyin == null) {
      pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    }
    return pinyin.transliterate(han);
  }

  /** A one-word handle taken from a full name: first name, surname, both, initial and surname. */
  private static boolean handleOf(String handle, String name) {
    String[] tokens = key(name, " ").split(" ");
    String h = key(handle);
    if (tokens.length < 2 || handle.strip().contains(" ") || h.length() < 3) {
      return false;
    }
    String first = tokens[0];
    String last = tokens[tokens.length - 1];
    String joined = String.join("", tokens);
    return h.equals(first) || h.equals(last) || h.startsWith(joined) || h.equals(first.charAt(0) + last)
        || h.equals(last + first) || h.matches(first.charAt(0) + last + "\\d*");
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Lower-case letters and digits of the folded name. */
  static String key(String name) {
    return key(name, "");
  }

  private static String key(String name, String space) {
    String folded = Normalizer.normalize(Speaker.fold(Normalizer.normalize(name, Normalizer.Form.NFKC)),
        Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replace(" ", space);
  }

  private static String sortedKey(String name) {
    return Arrays.stream(key(name, " ").split(" ")).sorted().reduce("", String::concat);
  }
}
