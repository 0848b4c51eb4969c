package dev.lectern.archive;

import dev.lectern.model.FieldSource;

/** One possible value of a field, where it was read and how much it is trusted (0..1). */
public record Candidate(String value, String source, double confidence) {
  public Candidate {
    value = value == null ? "" : value.strip();
  }

  public FieldSource provenance() {
    return new FieldSource(source, confidence);
  }

  Candidate plus(double support) {
    return new Candidate(value, source, Math.min(0.99, confidence + support));
  }
}
