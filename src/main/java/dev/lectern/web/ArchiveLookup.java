package dev.lectern.web;

import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.ArchiveScanner;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.TalkMetadata;
import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds talks and meetups where writes need them: in the archive as it is now, scanned the same way
 * the reconciler scans it, so an id handed out after a write is the id the index will give.
 */
final class ArchiveLookup {
  private final ArchiveEditor editor;

  ArchiveLookup(ArchiveEditor editor) {
    this.editor = editor;
  }

  Optional<ArchiveTalk> talk(String id) {
    return scanTalks().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  Optional<ArchiveTalk> talkAt(String location) {
    return scanTalks().stream().filter(t -> t.location().equals(location)).findFirst();
  }

  Optional<Meetup> meetup(String id) {
    return new ArchiveScanner(editor.archive()).scan().meetups().stream()
        .filter(m -> m.id().equals(id)).findFirst();
  }

  Optional<Meetup> meetupAt(String folder) {
    return new ArchiveScanner(editor.archive()).scan().meetups().stream()
        .filter(m -> m.folder().equals(folder)).findFirst();
  }

  /** The talk's own folder; a talk that is a loose file in its meetup's folder has none. */
  Path folderOf(ArchiveTalk talk) {
    Path path = editor.inside(talk.location());
    if (!Files.isDirectory(path)) {
      throw new ApiException(409, "talk " + talk.id() + " is a single file (" + talk.location()
          + "), not a folder; move it into a folder of its own to edit it");
    }
    return path;
  }

  /** The talk as the API will show it until indexed: declared metadata, files with status "indexing". */
  static Talk pending(ArchiveTalk talk, Map<String, TalkFile> known, String fallbackTitle) {
    TalkMetadata declared = talk.declared();
    List<TalkFile> files = talk.files().stream().map(path -> {
      TalkFile file = known.get(path);
      String format = DocumentFormat.ofFileName(path).map(DocumentFormat::label).orElse("");
      return file != null ? new TalkFile(path, format, file.pages(), "indexing", "", file.sha256(), file.bytes())
          : new TalkFile(path, format, 0, "indexing", "", "", 0);
    }).toList();
    String title = declared.title() != null && !declared.title().isBlank() ? declared.title() : fallbackTitle;
    return new Talk(talk.id(), title, MeetupRef.of(talk.meetup()), declared.speakers(), declared.abstractText(),
        declared.tags(), declared.language(), declared.videoUrl(), declared.slidesUrl(), files, "indexing");
  }

  private List<ArchiveTalk> scanTalks() {
    return new ArchiveScanner(editor.archive()).scan().talks();
  }
}
