package dev.lectern.sample;

import dev.lectern.model.Speaker;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One talk of the sample archive: its folder name, what its {@code talk.json} says, its deck and the
 * deck's file name (the extension picks the format), plus extra text files such as {@code notes.md}.
 */
public record SampleTalk(
    String folder,
    String title,
    List<Speaker> speakers,
    String abstractText,
    List<String> tags,
    String language,
    String deckFile,
    SampleDeck deck,
    Map<String, String> extraFiles) {

  public SampleTalk {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(deckFile, "deckFile");
    Objects.requireNonNull(deck, "deck");
    speakers = List.copyOf(speakers);
    tags = List.copyOf(tags);
    extraFiles = Map.copyOf(extraFiles);
    if (speakers.isEmpty()) {
      throw new IllegalArgumentException("talk '" + folder + "' has no speakers");
    }
  }
}
