package dev.lectern.model;

import java.util.Objects;

/** A person who gave a talk, with the affiliation they gave at the time (may be empty). */
public record Speaker(String name, String affiliation) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("speaker name must not be blank");
    }
    affiliation = affiliation == null ? "" : affiliation.strip();
  }

  /** The id of a speaker's page: the name folded so that case and spacing variants meet. */
  public String id() {
    return Slugs.of(name);
  }
}
