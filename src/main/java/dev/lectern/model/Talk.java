package dev.lectern.model;

import java.util.List;
import java.util.Objects;

/**
 * A talk: metadata plus its files. This is the one JSON shape a talk has everywhere in the API.
 * {@code id} is derived from the talk's path in the archive, so links stay stable across re-indexing.
 */
public record Talk(
    String id,
    String title,
    MeetupRef meetup,
    List<Speaker> speakers,
    String abstractText,
    List<String> tags,
    String language,
    String videoUrl,
    String slidesUrl,
    List<TalkFile> files,
    String status) {

  public Talk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(meetup, "meetup");
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    abstractText = abstractText == null ? "" : abstractText;
    tags = tags == null ? List.of() : List.copyOf(tags);
    language = language == null ? "" : language;
    videoUrl = videoUrl == null ? "" : videoUrl;
    slidesUrl = slidesUrl == null ? "" : slidesUrl;
    files = files == null ? List.of() : List.copyOf(files);
    status = status == null ? "ok" : status;
  }

  public int pageCount() {
    return files.stream().mapToInt(TalkFile::pages).sum();
  }
}
