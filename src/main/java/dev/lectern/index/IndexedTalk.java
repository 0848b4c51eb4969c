package dev.lectern.index;

import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.Talk;
import java.util.List;
import java.util.Objects;

/**
 * Everything the index needs to write one talk: metadata, extracted files, and its fingerprint;
 * and, once embedded, the vectors of its pages ({@code vectors.get(f)[p]} for page p of file f)
 * with the model that made them. A talk written without vectors awaits the embedding pass.
 */
public record IndexedTalk(
    Talk talk, Meetup meetup, List<FileExtraction> files, String fingerprint, SlideVectors vectors) {
  public IndexedTalk {
    Objects.requireNonNull(talk, "talk");
    Objects.requireNonNull(meetup, "meetup");
    files = List.copyOf(files);
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  public IndexedTalk(Talk talk, Meetup meetup, List<FileExtraction> files, String fingerprint) {
    this(talk, meetup, files, fingerprint, null);
  }

  public IndexedTalk withVectors(SlideVectors vectors) {
    return new IndexedTalk(talk, meetup, files, fingerprint, vectors);
  }

  /** The model's name and one vector per page of each file, in file and page order. */
  public record SlideVectors(String model, List<float[][]> byFile) {
    public SlideVectors {
      Objects.requireNonNull(model, "model");
      byFile = List.copyOf(byFile);
    }
  }
}
