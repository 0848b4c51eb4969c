package dev.lectern.archive;

import dev.lectern.model.Meetup;
import java.util.List;

/**
 * Everything one walk of the archive found: meetups, talks, the people {@code speakers.json}
 * declares, and metadata that could not be read.
 */
public record ArchiveSnapshot(
    List<Meetup> meetups, List<ArchiveTalk> talks, List<MetadataProblem> problems, SpeakerDirectory speakers) {
  public ArchiveSnapshot {
    meetups = List.copyOf(meetups);
    talks = List.copyOf(talks);
    problems = List.copyOf(problems);
    speakers = speakers == null ? SpeakerDirectory.NONE : speakers;
  }
}
