package dev.lectern.archive;

import dev.lectern.archive.SpeakerChoice.Mention;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a talk's title, speakers and date from everything but its {@code talk.json}: file and
 * folder names, document properties, the title slide and an "About me" slide. Every value comes with
 * the source it was read from and a confidence, so the UI can say how sure it is and a curator can
 * start with the least certain.
 */
public final class TalkInference {
  /** What was inferred; empty values mean nothing usable was found. */
  public record Result(Candidate title, List<Speaker> speakers, Candidate speakerSource, Candidate date) {}

  /** {@code thomas-tsai-ai-framework-study}: a personal collection named {@code first-last-topic}. */
  private static final Pattern FIRST_LAST_FOLDER = Pattern.compile("^([a-z]{2,10})[-_]([a-z]{2,10})[-_][a-z0-9][a-z0-9_-]+$");

  private final NameForms forms = new NameForms();
  private final SpeakerChoice speakerChoice = new SpeakerChoice(forms);

  public Result infer(ArchiveTalk talk, List<FileExtraction> files) {
    List<String> names = new ArrayList<>(new LinkedHashSet<>(talk.files().stream().map(TalkInference::lastPart).toList()));
    if (names.isEmpty()) {
      names.add(lastPart(talk.location()));
    }
    List<FileNameClues> clues = new ArrayList<>(names.stream().map(FileNameClues::read).toList());
    List<TitleSlide> slides = files.stream().map(f -> TitleSlide.of(f.extraction())).toList();

    SpeakerChoice.Result people = speakers(talk, files, clues, slides);
    Set<String> personNames = new LinkedHashSet<>();
    people.speakers().forEach(s -> {
      personNames.add(s.name());
      personNames.addAll(s.aliases());
    });
    for (int i = 0; i < clues.size(); i++) {
      if (personNames.contains(clues.get(i).possibleHandle())) {
        clues.set(i, clues.get(i).withoutHandle(names.get(i)));
      }
    }
    Candidate title = TitleChoice.choose(clues.stream().map(FileNameClues::title).toList(),
        files.stream().map(f -> f.extraction().metadata().title()).toList(), slides, personNames);
    Candidate date = DateChoice.choose(talk.meetup().date(),
        clues.stream().map(FileNameClues::date).filter(d -> !d.isEmpty()).toList(),
        slides.stream().map(TitleSlide::date).flatMap(Optional::stream).toList(),
        files.stream().map(f -> f.extraction().metadata().created()).filter(c -> !c.isBlank()).toList());
    return new Result(title, people.speakers(), people.provenance(), date);
  }

  private SpeakerChoice.Result speakers(ArchiveTalk talk, List<FileExtraction> files, List<FileNameClues> clues,
      List<TitleSlide> slides) {
    List<Mention> mentions = new ArrayList<>();
    for (FileNameClues clue : clues) {
      for (int i = 0; i < clue.speakers().size(); i++) {
        Candidate c = clue.people().get(i);
        mentions.add(new Mention(clue.speakers().get(i), c.source(), c.confidence()));
      }
    }
    if (!talk.files().isEmpty() && !talk.location().equals(talk.files().get(0))) {
      String folder = lastPart(talk.location());
      PersonNames.latinFolderName(folder).or(() -> PersonNames.hanName(folder))
          .ifPresent(s -> mentions.add(new Mention(s, "folder name", 0.7)));
    }
    for (TitleSlide slide : slides) {
      for (String line : slide.nearTitle()) {
        PersonLines.read(line).forEach(s -> mentions.add(new Mention(s, "title slide", 0.55)));
        PersonLines.leadingPair(line).ifPresent(s -> mentions.add(new Mention(s, "title slide", 0.35)));
      }
      for (int i = 0; i < slide.aboutLines().size(); i += 2) {
        List<Speaker> header = PersonLines.read(slide.aboutLines().get(i));
        List<Speaker> named = header.isEmpty() && i + 1 < slide.aboutLines().size()
            ? PersonLines.read(slide.aboutLines().get(i + 1)) : header;
        named.forEach(s -> mentions.add(new Mention(s, "about slide", 0.5)));
      }
    }
    List<Mention> corroborating = new ArrayList<>();
    for (FileNameClues clue : clues) {
      if (!clue.possibleHandle().isEmpty()) {
        corroborating.add(new Mention(new Speaker(clue.possibleHandle(), ""), "file name (handle)", 0.5));
      }
    }
    files.forEach(f -> PersonNames.fromAuthor(f.extraction().metadata().author())
        .forEach(s -> corroborating.add(new Mention(s, "document author", 0.4))));
    for (Mention extra : corroborating) {
      boolean confirms = mentions.stream().anyMatch(m -> forms.samePerson(m.speaker().name(), extra.speaker().name()));
      // An author alone is a person only when nobody else is named; a handle only when it matches a name.
      if (confirms || mentions.isEmpty() && extra.source().equals("document author")) {
        mentions.add(extra);
      }
    }
    if (mentions.isEmpty()) {
      folderPerson(talk).ifPresent(s -> mentions.add(new Mention(s, "folder name (guess)", 0.3)));
    }
    return speakerChoice.merge(mentions);
  }

  /**
   * A top-level, undated collection named like {@code first-last-topic} (someone's own talks), read
   * as its owner only when nothing else named a person; a folder of dated meetups is never a person.
   */
  private static Optional<Speaker> folderPerson(ArchiveTalk talk) {
    String top = talk.location().split("/")[0];
    Matcher m = FIRST_LAST_FOLDER.matcher(top);
    if (!top.equals(talk.meetup().folder()) || !talk.meetup().date().isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    String name = capitalise(m.group(1)) + " " + capitalise(m.group(2));
    return PersonLines.latinName(name) ? Optional.of(new Speaker(name, "")) : Optional.empty();
  }

  private static String capitalise(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String lastPart(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
