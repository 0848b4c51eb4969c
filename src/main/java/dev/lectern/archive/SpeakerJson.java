package dev.lectern.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lectern.model.Speaker;

/** A speaker in talk.json: {@code {"name", "affiliation"}}, or a bare name as people write it by hand. */
public record SpeakerJson(String name, String affiliation) {
  public SpeakerJson {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a speaker needs a non-empty \"name\"");
    }
    name = name.strip();
    affiliation = affiliation == null ? "" : affiliation.strip();
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SpeakerJson of(String name) {
    return new SpeakerJson(name, "");
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public static SpeakerJson of(@JsonProperty("name") String name, @JsonProperty("affiliation") String affiliation) {
    return new SpeakerJson(name, affiliation);
  }

  public Speaker speaker() {
    return new Speaker(name, affiliation);
  }
}
