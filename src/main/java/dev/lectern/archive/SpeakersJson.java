package dev.lectern.archive;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * The archive-level {@code speakers.json}: people as the archive wants them named, with the other
 * names they appear under (a spelling without diacritics, a romanisation, a handle) and an
 * affiliation for talks that give none.
 */
public record SpeakersJson(List<Person> speakers) {
  public static final String FILE = "speakers.json";
  public static final SpeakersJson NONE = new SpeakersJson(List.of());

  public SpeakersJson {
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
  }

  /** One person: the name shown, aliases that mean the same person, and a default affiliation. */
  public record Person(String name, String affiliation,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> aliases) {
    public Person {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("each speaker needs a non-empty \"name\"");
      }
      name = name.strip();
      affiliation = affiliation == null ? "" : affiliation.strip();
      aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).toList();
    }
  }
}
