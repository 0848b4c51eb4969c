package dev.lectern.model;

/**
 * Where an inferred field came from ({@code talk.json}, {@code file name}, {@code title slide}, …)
 * and how sure Lectern is of it, from 0 (a guess) to 1 (declared by a person).
 */
public record FieldSource(String source, double confidence) {
  public static final FieldSource DECLARED = new FieldSource("declared", 1.0);

  public FieldSource {
    source = source == null ? "" : source;
    confidence = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100.0));
  }
}
