package dev.lectern.index;

import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.Talk;
import java.util.List;
import java.util.Objects;

/** Everything the index needs to write one talk: metadata, extracted files, and its fingerprint. */
public record IndexedTalk(Talk talk, Meetup meetup, List<FileExtraction> files, String fingerprint) {
  public IndexedTalk {
    Objects.requireNonNull(talk, "talk");
    Objects.requireNonNull(meetup, "meetup");
    files = List.copyOf(files);
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
