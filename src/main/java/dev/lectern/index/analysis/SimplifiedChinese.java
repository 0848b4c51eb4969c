package dev.lectern.index.analysis;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * The characters ICU's Traditional-Simplified conversion may change. Text with none of them comes out
 * of the conversion as it went in, so the glossary, the stop-word check and the analysis chain skip
 * the conversion for it (Latin words and many simplified ones): it was 3 % of a search's samples,
 * most of it on words it left as they were. {@link #of} is the one shared conversion: an ICU
 * transliterator keeps state while it runs, so callers on many threads take turns on it.
 */
final class SimplifiedChinese {
  static final String CONVERSION = "Traditional-Simplified";
  private static final UnicodeSet CONVERTIBLE = Transliterator.getInstance(CONVERSION).getSourceSet().freeze();
  private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance(CONVERSION);

  private SimplifiedChinese() {}

  /** False when converting {@code text} would return it unchanged. */
  static boolean mayChange(CharSequence text) {
    return CONVERTIBLE.containsSome(text);
  }

  /** {@code text} in simplified characters; itself, without the conversion's cost or its lock, when nothing would change. */
  static String of(String text) {
    if (!mayChange(text)) {
      return text;
    }
    synchronized (TO_SIMPLIFIED) {
      return TO_SIMPLIFIED.transliterate(text);
    }
  }
}
