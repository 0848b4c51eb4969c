package dev.lectern.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A talk: metadata plus its files. This is the one JSON shape a talk has everywhere in the API.
 * {@code id} is derived from the talk's path in the archive, so links stay stable across re-indexing.
 * {@code date} is when the talk was given (its meetup's date unless the talk's own files say more);
 * {@code provenance} says, per inferred field, where the value came from and how sure it is.
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
    String status,
    String date,
    Map<String, FieldSource> provenance) {

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
    date = date == null || date.isBlank() ? meetup.date() : date;
    provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(provenance));
  }

  /** A talk whose date is its meetup's and whose fields carry no provenance (declared or built by hand). */
  public Talk(String id, String title, MeetupRef meetup, List<Speaker> speakers, String abstractText,
      List<String> tags, String language, String videoUrl, String slidesUrl, List<TalkFile> files, String status) {
    this(id, title, meetup, speakers, abstractText, tags, language, videoUrl, slidesUrl, files, status, "", Map.of());
  }

  /** This talk under {@code meetup} (a meetup renamed after the talk was written). */
  public Talk inMeetup(MeetupRef meetup) {
    return new Talk(id, title, meetup, speakers, abstractText, tags, language, videoUrl, slidesUrl, files, status,
        date, provenance);
  }

  public int pageCount() {
    return files.stream().mapToInt(TalkFile::pages).sum();
  }

  /** Pages indexed without the OCR they wanted. */
  public int pagesNeedingOcr() {
    return files.stream().mapToInt(TalkFile::needsOcr).sum();
  }
}
