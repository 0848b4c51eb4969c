package dev.lectern.archive;

import dev.lectern.model.Meetup;
import dev.lectern.model.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Organizers' writes to meetups and series: a new meetup folder, and edits of meetup.json and
 * series.json. Runs under the {@link Curator}'s lock, so these writes and talk writes are ordered.
 */
public final class MeetupCurator {
  private final ArchiveEditor editor;
  private final AuditLog audit;
  private final LongSupplier reindex;
  private final ArchiveLookup lookup;
  private final MetadataPatch patches;
  private final ContentHash hash = new ContentHash();
  private final Object lock;

  MeetupCurator(ArchiveEditor editor, AuditLog audit, LongSupplier reindex, Object lock) {
    this.editor = editor;
    this.audit = audit;
    this.reindex = reindex;
    this.lookup = new ArchiveLookup(editor);
    this.patches = new MetadataPatch(editor, audit);
    this.lock = lock;
  }

  /** A new meetup folder, {@code <date>-<slug>}, holding its meetup.json. */
  public Meetup create(String user, MeetupJson meetup) throws IOException {
    synchronized (lock) {
      String folder = editor.createMeetup(folderName(meetup), meetup);
      Path file = editor.inside(folder).resolve(ArchiveEditor.MEETUP_JSON);
      // Recorded as soon as the write is on disk: nothing after it may leave a write without its record.
      audit.record(user, "create-meetup", folder + "/" + ArchiveEditor.MEETUP_JSON,
          hash.sha256(Files.readAllBytes(file)), meetup.title());
      Meetup created = lookup.meetupAt(folder)
          .orElseThrow(() -> new IllegalStateException("the new meetup folder " + folder + " was not found"));
      reindex.getAsLong();
      return created;
    }
  }

  /** Puts {@code patch} over a meetup's meetup.json; an inferred meetup gets one holding what was inferred. */
  public Meetup patch(String user, String id, MeetupJson patch) throws IOException {
    synchronized (lock) {
      Meetup meetup = lookup.meetup(id).orElseThrow(() -> CurationException.notFound("meetup_not_found", java.util.Map.of("id", id),
          "no meetup with id '" + id + "'"));
      if (meetup.folder().isEmpty()) {
        throw CurationException.conflict("meetup_has_no_folder", java.util.Map.of("id", id),
            "meetup " + id + " has no folder of its own to hold a meetup.json");
      }
      patches.apply(user, "edit-meetup", id, meetup.folder() + "/" + ArchiveEditor.MEETUP_JSON, MeetupJson.class,
          MeetupJson.inferred(meetup), patch, MeetupJson::with);
      reindex.getAsLong();
      return lookup.meetupAt(meetup.folder()).orElse(meetup);
    }
  }

  /** Puts {@code patch} over the series.json in the folder that holds the series' meetups. */
  public SeriesJson patchSeries(String user, String id, SeriesJson patch) throws IOException {
    synchronized (lock) {
      String folder = lookup.seriesFolder(id)
          .orElseThrow(() -> CurationException.notFound("series_not_found", java.util.Map.of("id", id),
              "no series with id '" + id + "'"));
      SeriesJson written = patches.apply(user, "edit-series", id, folder + "/" + SeriesInference.SERIES_JSON,
          SeriesJson.class, SeriesJson.NONE, patch, SeriesJson::with);
      reindex.getAsLong();
      return written;
    }
  }

  static String folderName(MeetupJson meetup) {
    return meetup.date().value() + "-" + Slugs.of(meetup.title());
  }
}
