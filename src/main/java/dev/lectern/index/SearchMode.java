package dev.lectern.index;

import java.util.Locale;

/**
 * Which rankings answer a search: words alone, meaning alone (the slide embeddings), or both fused
 * (the default). Without embeddings in the index, or without a model, every mode answers lexically.
 */
public enum SearchMode {
  HYBRID, LEXICAL, SEMANTIC;

  public static SearchMode parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mode must be hybrid, lexical or semantic, was '" + value + "'");
    }
  }
}
