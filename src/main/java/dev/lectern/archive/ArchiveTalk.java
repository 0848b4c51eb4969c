package dev.lectern.archive;

import dev.lectern.model.Meetup;
import java.util.List;
import java.util.Objects;

/**
 * A talk as found in the archive, before extraction. {@code location} is the talk's folder, or its
 * single file, relative to the archive root with '/' separators; {@code files} are the documents that
 * belong to it (same form, sorted). {@code metadataDigest} hashes the metadata files that shaped this
 * talk (its talk.json and its meetup's meetup.json), so a metadata edit re-indexes the talk.
 */
public record ArchiveTalk(
    String id,
    String location,
    Meetup meetup,
    TalkJson declared,
    List<String> files,
    String metadataDigest) {

  public ArchiveTalk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(meetup, "meetup");
    declared = declared == null ? TalkJson.NONE : declared;
    files = List.copyOf(files);
    metadataDigest = metadataDigest == null ? "" : metadataDigest;
  }
}
