package dev.lectern.index;

import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A speaker across meetups: the name as most recently given, every affiliation newest first, and
 * their talks newest first.
 */
public record SpeakerSummary(String id, String name, List<String> affiliations, List<Talk> talks) {
  public SpeakerSummary {
    affiliations = List.copyOf(affiliations);
    talks = List.copyOf(talks);
  }

  static SpeakerSummary of(String id, List<Talk> newestFirst) {
    String name = null;
    Set<String> affiliations = new LinkedHashSet<>();
    for (Talk talk : newestFirst) {
      for (Speaker speaker : talk.speakers()) {
        if (speaker.id().equals(id)) {
          name = name == null ? speaker.name() : name;
          if (!speaker.affiliation().isEmpty()) {
            affiliations.add(speaker.affiliation());
          }
        }
      }
    }
    return new SpeakerSummary(id, name == null ? id : name, new ArrayList<>(affiliations), newestFirst);
  }

  public int talkCount() {
    return talks.size();
  }
}
