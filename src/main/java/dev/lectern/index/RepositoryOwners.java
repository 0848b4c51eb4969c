package dev.lectern.index;

import dev.lectern.model.Meetup;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The owner of a repository a folder was copied from, in front of the event's name: a speaker
 * publishing their talk as {@code <handle>/<event>} gives a folder {@code justchen-numbat-summit},
 * whose first word is that person's handle, not part of the event's name. A folder-derived name's first
 * word is dropped when it holds the full name (given and family, joined) of a speaker of the talks
 * under it and at least two words remain; declared names are never touched.
 */
final class RepositoryOwners {
  /** What is left must still read as a name, not a bare "Conference". */
  private static final int MIN_WORDS_LEFT = 2;

  /** The meetups with an owner's handle taken off their folder-derived names. */
  static Map<String, Meetup> strip(Map<String, Meetup> meetups, Collection<Talk> talks) {
    Map<String, List<String>> speakersByMeetup = new HashMap<>();
    for (Talk talk : talks) {
      for (Speaker speaker : talk.speakers()) {
        String joined = joined(speaker.name());
        if (speaker.name().strip().contains(" ") && !joined.isEmpty()) {
          speakersByMeetup.computeIfAbsent(talk.meetup().id(), k -> new ArrayList<>()).add(joined);
        }
      }
    }
    if (speakersByMeetup.isEmpty()) {
      return meetups;
    }
    Map<String, List<String>> speakersBySeries = new HashMap<>();
    for (Meetup m : meetups.values()) {
      if (!m.series().isEmpty()) {
        speakersBySeries.computeIfAbsent(m.series(), k -> new ArrayList<>())
            .addAll(speakersByMeetup.getOrDefault(m.id(), List.of()));
      }
    }
    Map<String, Meetup> out = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, Meetup> e : meetups.entrySet()) {
      Meetup m = e.getValue();
      Meetup named = m.renamingFolderNames(t -> withoutOwner(t, speakersByMeetup.getOrDefault(m.id(), List.of())),
          t -> withoutOwner(t, speakersBySeries.getOrDefault(m.series(), List.of())));
      changed |= named != m;
      out.put(e.getKey(), named);
    }
    return changed ? out : meetups;
  }

  private static String withoutOwner(String name, List<String> speakers) {
    String[] words = name.split(" ");
    if (words.length < MIN_WORDS_LEFT + 1) {
      return name;
    }
    String first = joined(words[0]);
    boolean owner = speakers.stream().anyMatch(first::contains);
    return owner ? String.join(" ", Arrays.copyOfRange(words, 1, words.length)) : name;
  }

  /** Letters only, lower case, accents off: "Jüst Chen" and "justchen" compare equal. */
  private static String joined(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{IsLatin}]", "")
        .toLowerCase(Locale.ROOT);
  }

  private RepositoryOwners() {}
}
