package dev.lectern.archive;

import dev.lectern.model.Meetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds talks and meetups where writes need them: in the archive as it is now, scanned the same way
 * the reconciler scans it, so an id handed out after a write is the id the index will give.
 */
public final class ArchiveLookup {
  private final ArchiveEditor editor;

  public ArchiveLookup(ArchiveEditor editor) {
    this.editor = editor;
  }

  public Optional<ArchiveTalk> talk(String id) {
    return scanTalks().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<ArchiveTalk> talkAt(String location) {
    return scanTalks().stream().filter(t -> t.location().equals(location)).findFirst();
  }

  public Optional<Meetup> meetup(String id) {
    return new ArchiveScanner(editor.archive()).scan().meetups().stream()
        .filter(m -> m.id().equals(id)).findFirst();
  }

  public Optional<Meetup> meetupAt(String folder) {
    return new ArchiveScanner(editor.archive()).scan().meetups().stream()
        .filter(m -> m.folder().equals(folder)).findFirst();
  }

  /** The folder a series is named after: the ancestor of its meetups' folders whose slug is its id. */
  public Optional<String> seriesFolder(String id) {
    for (Meetup meetup : new ArchiveScanner(editor.archive()).scan().meetups()) {
      if (!meetup.series().equals(id)) {
        continue;
      }
      String folder = meetup.folder();
      while (!folder.isEmpty()) {
        if (dev.lectern.model.Slugs.of(folder).equals(id)) {
          return Optional.of(folder);
        }
        folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
      }
    }
    return Optional.empty();
  }

  /** The talk's own folder; a talk that is a loose file in its meetup's folder has none. */
  public Path folderOf(ArchiveTalk talk) {
    Path path = editor.inside(talk.location());
    if (!Files.isDirectory(path)) {
      throw CurationException.conflict("talk_is_single_file", java.util.Map.of("id", talk.id(), "location", talk.location()),
          "talk " + talk.id() + " is a single file (" + talk.location()
          + "), not a folder; move it into a folder of its own to edit it");
    }
    return path;
  }

  private List<ArchiveTalk> scanTalks() {
    return new ArchiveScanner(editor.archive()).scan().talks();
  }
}
