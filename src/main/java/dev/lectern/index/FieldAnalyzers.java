package dev.lectern.index;

import dev.lectern.index.analysis.SlideAnalyzers;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Which analysis chain each field of the {@link Schema} gets: speaker names and the spelling
 * vocabulary have their own, every other text field the slide-text chain. The chains live in
 * {@code index.analysis}; the field names live here, so analysis never needs the schema.
 */
public final class FieldAnalyzers {
  private FieldAnalyzers() {}

  /** Per-field analyzer for the index writer. */
  public static Analyzer forIndexing() {
    return perField(true);
  }

  /** Per-field analyzer for parsing queries and for the highlighter. */
  public static Analyzer forQuerying() {
    return perField(false);
  }

  /**
   * Which chain analyses {@code field}: fields with the same answer analyse any text into the same
   * tokens, so a query needs to analyse a text once for all of them.
   */
  static String chain(String field) {
    return field.equals(Schema.SPEAKER) || field.equals(Schema.SPELL) ? field : Schema.TEXT;
  }

  private static Analyzer perField(boolean indexing) {
    // Every field but these two gets the slide-text chain (chain(field) says the same).
    return new PerFieldAnalyzerWrapper(SlideAnalyzers.text(indexing), Map.of(
        Schema.SPEAKER, SlideAnalyzers.names(indexing),
        Schema.SPELL, SlideAnalyzers.spelling()));
  }
}
