package dev.lectern.archive;

import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.FieldSource;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a talk found in the archive, plus what was extracted from its files, into the one
 * {@link Talk} shape the index and API use. Declared metadata always wins; the rest is chosen from
 * scored candidates by {@link TalkInference}, and each field records where it came from.
 */
public final class TalkAssembler {

  private final TalkInference inference = new TalkInference();

  public Talk assemble(ArchiveTalk talk, List<FileExtraction> files) {
    return assemble(talk, files, SpeakerDirectory.NONE);
  }

  /** The talk, its speakers named as the archive's speakers.json names them. */
  public Talk assemble(ArchiveTalk talk, List<FileExtraction> files, SpeakerDirectory people) {
    TalkJson declared = talk.declared();
    String firstName = talk.files().isEmpty() ? lastPart(talk.location()) : lastPart(talk.files().get(0));
    TalkInference.Result inferred = inference.infer(talk, files);
    Map<String, FieldSource> sources = new TreeMap<>();
    String title = declared(declared.title()) ? declared.title().strip()
        : pick(inferred.title(), FileName.read(firstName).title(), "title", sources);
    List<Speaker> speakers = declared.people();
    if (speakers != null) {
      sources.put("speakers", FieldSource.DECLARED);
    } else {
      speakers = inferred.speakers();
      sources.put("speakers", inferred.speakerSource().provenance());
    }
    String language = declared(declared.language()) ? declared.language() : language(files, title);
    sources.put("language", declared(declared.language()) ? FieldSource.DECLARED
        : new FieldSource(files.isEmpty() ? "none" : "slide text", language.isEmpty() ? 0 : 0.7));
    if (declared(declared.title())) {
      sources.put("title", FieldSource.DECLARED);
    }
    String date = declared.date() != null ? declared.date().value() : inferred.date().value();
    sources.put("date", declared.date() != null ? FieldSource.DECLARED : inferred.date().provenance());
    return new Talk(
        talk.id(), title, meetupRef(talk.meetup()), people.apply(speakers), declared.abstractText(), declared.tags(), language,
        declared.videoUrl(), declared.slidesUrl(), files.stream().map(TalkAssembler::talkFile).toList(),
        status(files), date, sources);
  }

  private static boolean declared(String value) {
    return value != null && !value.isBlank();
  }

  private static String pick(Candidate candidate, String fallback, String field, Map<String, FieldSource> sources) {
    boolean found = !candidate.value().isEmpty();
    sources.put(field, found ? candidate.provenance() : new FieldSource("file name", 0.1));
    return found ? candidate.value() : fallback;
  }

  public MeetupRef meetupRef(Meetup meetup) {
    return MeetupRef.of(meetup);
  }

  /** What the slides' prose is written in; see {@link TalkLanguage}. */
  private static String language(List<FileExtraction> files, String title) {
    return TalkLanguage.of(files.stream().map(f -> f.extraction().metadata().language()).toList(),
        files.stream().flatMap(f -> f.extraction().pages().stream()).map(p -> p.text() + "\n" + p.notes()).toList(),
        title);
  }

  private static TalkFile talkFile(FileExtraction file) {
    Extraction e = file.extraction();
    String format = DocumentFormat.ofFileName(lastPart(file.path())).map(DocumentFormat::label).orElse("");
    return new TalkFile(file.path(), format, e.pages().size(), e.status().label(), e.reason(), file.sha256(),
        file.bytes(), e.status() == ExtractionStatus.NEEDS_OCR ? (int) e.pages().stream().filter(Page::needsOcr).count() : 0);
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
