package dev.lectern.archive;

import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a talk found in the archive, plus what was extracted from its files, into the one
 * {@link Talk} shape the index and API use. Declared metadata always wins; after that the evidence
 * is weighed in the order a person would trust it: the document's own title, its first heading, the
 * file name.
 */
public final class TalkAssembler {

  public Talk assemble(ArchiveTalk talk, List<FileExtraction> files) {
    TalkMetadata declared = talk.declared();
    String firstName = talk.files().isEmpty() ? lastPart(talk.location()) : lastPart(talk.files().get(0));
    FileName fromName = FileName.read(firstName);
    return new Talk(
        talk.id(),
        declared.title() != null && !declared.title().isBlank() ? declared.title().strip() : title(files, fromName),
        meetupRef(talk.meetup()),
        declared.speakers() != null ? declared.speakers() : speakers(talk, files, fromName),
        declared.abstractText(),
        declared.tags(),
        declared.language() != null && !declared.language().isBlank() ? declared.language() : language(files),
        declared.videoUrl(),
        declared.slidesUrl(),
        files.stream().map(TalkAssembler::talkFile).toList(),
        status(files));
  }

  public MeetupRef meetupRef(Meetup meetup) {
    return MeetupRef.of(meetup);
  }

  private static String title(List<FileExtraction> files, FileName fromName) {
    for (FileExtraction file : files) {
      String title = file.extraction().metadata().title();
      if (TitleFilter.meaningful(title, 3, 200)) {
        return title;
      }
    }
    for (FileExtraction file : files) {
      Optional<String> heading = firstHeading(file.extraction());
      if (heading.isPresent()) {
        return heading.get();
      }
    }
    return fromName.title();
  }

  private static Optional<String> firstHeading(Extraction extraction) {
    return extraction.pages().stream().findFirst()
        .flatMap(page -> page.text().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst())
        .filter(line -> TitleFilter.meaningful(line, 3, 120));
  }

  private static List<Speaker> speakers(ArchiveTalk talk, List<FileExtraction> files, FileName fromName) {
    if (!fromName.speakers().isEmpty()) {
      return fromName.speakers();
    }
    if (!talk.files().isEmpty() && !talk.location().equals(talk.files().get(0))) {
      String folder = lastPart(talk.location());
      Optional<Speaker> named = PersonNames.latinFolderName(folder).or(() -> PersonNames.hanName(folder));
      if (named.isPresent()) {
        return List.of(named.get());
      }
    }
    for (String path : talk.files()) {
      List<Speaker> speakers = FileName.read(lastPart(path)).speakers();
      if (!speakers.isEmpty()) {
        return speakers;
      }
    }
    return files.stream()
        .map(f -> PersonNames.fromAuthor(f.extraction().metadata().author()))
        .filter(list -> !list.isEmpty())
        .findFirst()
        .orElse(List.of());
  }

  /** Declared by the document if it says; otherwise Han characters in the text decide. */
  private static String language(List<FileExtraction> files) {
    for (FileExtraction file : files) {
      String declared = file.extraction().metadata().language();
      if (!declared.isBlank()) {
        return declared.split("[-_]")[0].toLowerCase(Locale.ROOT);
      }
    }
    long han = 0;
    long latin = 0;
    for (FileExtraction file : files) {
      for (Page page : file.extraction().pages()) {
        String text = page.text() + page.notes();
        han += text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        latin += text.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
      }
    }
    if (han + latin == 0) {
      return "";
    }
    // A Han character carries about as much as a short Latin word, so a fifth of letters is a lot.
    return han * 5 >= han + latin ? "zh" : "en";
  }

  private static TalkFile talkFile(FileExtraction file) {
    Extraction e = file.extraction();
    String format = DocumentFormat.ofFileName(lastPart(file.path())).map(DocumentFormat::label).orElse("");
    return new TalkFile(file.path(), format, e.pages().size(), e.status().label(), e.reason(), file.sha256(),
        file.bytes());
  }

  private static String status(List<FileExtraction> files) {
    if (files.stream().anyMatch(f -> f.extraction().status().searchable())) {
      return ExtractionStatus.OK.label();
    }
    return files.isEmpty() ? ExtractionStatus.EMPTY.label() : files.get(0).extraction().status().label();
  }

  private static String lastPart(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
