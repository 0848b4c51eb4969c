package dev.lectern.archive;

import dev.lectern.model.Slugs;
import dev.lectern.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@code speakers.json} declares, applied to each talk's speakers: a speaker whose name or alias
 * is one of a person's names (compared as speaker pages compare them: case, spacing and diacritics
 * aside) takes that person's name, gains the other names as aliases, and gets the person's
 * affiliation when the talk gives none. Two speakers of one talk that turn out to be one person are one.
 */
public final class SpeakerDirectory {
  public static final SpeakerDirectory NONE = new SpeakerDirectory(SpeakersJson.NONE);

  private final SpeakersJson declared;
  private final Map<String, SpeakersJson.Person> byName = new HashMap<>();

  public SpeakerDirectory(SpeakersJson declared) {
    this.declared = declared;
    for (SpeakersJson.Person person : declared.speakers()) {
      Stream.concat(Stream.of(person.name()), person.aliases().stream()).forEach(n -> byName.putIfAbsent(key(n), person));
    }
  }

  public List<Speaker> apply(List<Speaker> speakers) {
    if (byName.isEmpty()) {
      return speakers;
    }
    Map<String, Speaker> out = new LinkedHashMap<>();
    for (Speaker speaker : speakers) {
      Speaker resolved = resolve(speaker);
      out.merge(key(resolved.name()), resolved, SpeakerDirectory::merge);
    }
    return List.copyOf(out.values());
  }

  private Speaker resolve(Speaker speaker) {
    SpeakersJson.Person person = Stream.concat(Stream.of(speaker.name()), speaker.aliases().stream())
        .map(n -> byName.get(key(n))).filter(p -> p != null).findFirst().orElse(null);
    if (person == null) {
      return speaker;
    }
    List<String> aliases = new ArrayList<>(speaker.aliases());
    aliases.add(speaker.name());
    aliases.addAll(person.aliases());
    return new Speaker(person.name(), speaker.affiliation().isEmpty() ? person.affiliation() : speaker.affiliation(),
        aliases);
  }

  private static Speaker merge(Speaker a, Speaker b) {
    List<String> aliases = new ArrayList<>(a.aliases());
    aliases.addAll(b.aliases());
    return new Speaker(a.name(), a.affiliation().isEmpty() ? b.affiliation() : a.affiliation(), aliases);
  }

  /** Two directories are equal when they declare the same people (snapshots compare by value). */
  @Override
  public boolean equals(Object other) {
    return other instanceof SpeakerDirectory d && d.declared.equals(declared);
  }

  @Override
  public int hashCode() {
    return declared.hashCode();
  }

  private static String key(String name) {
    return Slugs.of(Speaker.fold(name));
  }
}
