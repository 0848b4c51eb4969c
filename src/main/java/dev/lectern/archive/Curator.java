package dev.lectern.archive;

import dev.lectern.model.Meetup;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Every organizer's write, start to end: create a talk, add files, patch, delete, restore, create
 * and patch meetups. One lock orders them, so a duplicate check and the files it guards change
 * together; each write is durable before it returns, audited, and followed by a reindex request
 * whose ticket says when the index shows it.
 */
public final class Curator {
  /** What the archive's readers already know: contents and talks indexed or written and not yet indexed. */
  public interface Contents {
    /** The talk that already holds a file with this SHA-256, if any. */
    Optional<Talk> holderOf(String sha256);

    /** The talk as the index shows it. */
    Optional<Talk> indexed(String id);

    /** Deleted, and the index does not know yet. */
    boolean isDeleted(String id);

    /** A talk was written; told under the lock, so the next duplicate check already sees it. */
    void written(Written written);

    /** A talk was deleted; the index forgets it once {@code ticket} has run. */
    void deleted(String id, long ticket);
  }

  /** A file as it arrives: its name as sent and its content, read once. */
  public interface Upload {
    String name();

    InputStream open() throws IOException;
  }

  /** Where a new talk goes: an existing meetup (by id) or a new one (its meetup.json). */
  public record MeetupChoice(String existingId, MeetupJson newMeetup) {}

  /** What a write produced. */
  public sealed interface Outcome permits Duplicate, Written {}

  /** Nothing was written: {@code holder} already holds one of the files. */
  public record Duplicate(Talk holder) implements Outcome {}

  /** The talk as the archive has it now, the files just written, its title, and the reindex ticket. */
  public record Written(ArchiveTalk talk, List<StagedFile> files, String title, long ticket) implements Outcome {}

  /** A talk moved into the trash, and the reindex ticket after which the index no longer has it. */
  public record Deleted(Trash.Entry entry, long ticket) {}

  private final ArchiveEditor editor;
  private final Trash trash;
  private final AuditLog audit;
  private final LongSupplier reindex;
  private final Contents contents;
  private final ArchiveLookup lookup;
  private final UploadStaging staging;
  private final MetadataPatch patches;
  private final MeetupCurator meetups;
  private final PeopleCurator people;
  private final Object lock = new Object();

  public Curator(ArchiveEditor editor, Trash trash, AuditLog audit, LongSupplier reindex, Contents contents) {
    this.editor = editor;
    this.trash = trash;
    this.audit = audit;
    this.reindex = reindex;
    this.contents = contents;
    this.lookup = new ArchiveLookup(editor);
    this.staging = new UploadStaging(editor);
    this.patches = new MetadataPatch(editor, audit);
    this.meetups = new MeetupCurator(editor, audit, reindex, lock);
    this.people = new PeopleCurator(editor, audit, reindex, lock);
  }

  /** speakers.json writes, ordered with talk writes by the same lock. */
  public PeopleCurator people() {
    return people;
  }

  /** Meetup and series writes, ordered with talk writes by the same lock. */
  public MeetupCurator meetups() {
    return meetups;
  }

  /** A new talk with its files, in an existing meetup or a new one. */
  public Outcome createTalk(String user, TalkJson talkJson, MeetupChoice meetup, List<Upload> uploads)
      throws IOException {
    String title = talkJson.title();
    MeetupJson newMeetup = meetup.newMeetup();
    Path meetupFolder = newMeetup != null
        ? editor.archive().resolve(MeetupCurator.folderName(newMeetup))
        : meetupFolder(meetup.existingId());
    Path stagingFolder = editor.newStagingFolder(newMeetup != null ? editor.archive() : meetupFolder);
    try {
      List<StagedFile> staged = staging.stage(uploads, stagingFolder);
      synchronized (lock) {
        Optional<Talk> duplicate = duplicate(staged);
        if (duplicate.isPresent()) {
          return new Duplicate(duplicate.get());
        }
        // Written ahead: a crash right after the files land must not leave them in the archive unrecorded.
        String into = editor.archive().relativize(meetupFolder).toString().replace('\\', '/');
        for (StagedFile file : staged) {
          audit.record(user, "upload", into + "/…/" + file.storedName(), file.sha256(), title);
        }
        String folder = editor.publishTalk(stagingFolder, staged, talkJson, title, meetupFolder, newMeetup);
        stagingFolder = null;
        ArchiveTalk talk = lookup.talkAt(folder)
            .orElseThrow(() -> new IllegalStateException("the new talk folder " + folder + " was not found"));
        for (String path : talk.files()) {
          audit.record(user, "uploaded", talk.id() + ": " + path, shaOf(path, staged), title);
        }
        return remember(new Written(talk, staged, title, reindex.getAsLong()));
      }
    } finally {
      if (stagingFolder != null) {
        editor.discard(stagingFolder);
      }
    }
  }

  /** A talk that files can be added to: it exists, is not deleted, and has a folder of its own. */
  public record FilesTarget(ArchiveTalk talk, Path folder) {}

  /** Checked before an upload is read, so a request for a missing talk is refused at once. */
  public FilesTarget filesTarget(String id) {
    ArchiveTalk talk = find(id);
    return new FilesTarget(talk, lookup.folderOf(talk));
  }

  /** Adds files to a talk; a file with the name of an existing one replaces it (a new version). */
  public Outcome addFiles(String user, FilesTarget target, List<Upload> uploads) throws IOException {
    ArchiveTalk talk = target.talk();
    String id = talk.id();
    Path folder = target.folder();
    List<StagedFile> staged = new ArrayList<>();
    try {
      staged = staging.stage(uploads, folder);
      synchronized (lock) {
        Optional<Talk> duplicate = duplicate(staged);
        if (duplicate.isPresent()) {
          return new Duplicate(duplicate.get());
        }
        List<StagedFile> published = new ArrayList<>();
        for (StagedFile file : staged) {
          boolean replaces = Files.exists(folder.resolve(file.storedName()));
          String path = editor.publishFile(file, folder);
          published.add(file);
          audit.record(user, replaces ? "replace-file" : "add-file", id + ": " + path, file.sha256(), "");
        }
        staged.removeAll(published);
        ArchiveTalk updated = lookup.talk(id).orElse(talk);
        return remember(new Written(updated, published, contents.indexed(id).map(Talk::title).orElse(id),
            reindex.getAsLong()));
      }
    } finally {
      staged.forEach(f -> editor.discard(f.temp()));
    }
  }

  /**
   * Puts the fields {@code patch} declares into the talk's talk.json: in its folder, or beside it
   * ({@code <name>.talk.json}) when the talk is a loose file, so its id and meetup stay as they are.
   */
  public Written patchTalk(String user, String id, TalkJson patch) throws IOException {
    synchronized (lock) {
      ArchiveTalk talk = find(id);
      String relative = ArchiveScanner.talkJsonOf(talk, Files.isDirectory(editor.inside(talk.location())));
      TalkJson written = patches.apply(user, "edit-talk", talk.id(), relative, TalkJson.class, TalkJson.NONE, patch,
          TalkJson::with);
      ArchiveTalk now = lookup.talk(talk.id()).orElse(talk);
      String title = written.title() != null ? written.title()
          : contents.indexed(talk.id()).map(Talk::title).orElse(talk.id());
      return remember(new Written(now, List.of(), title, reindex.getAsLong()));
    }
  }

  /**
   * Moves a talk into another meetup (its folder, or its loose files into a folder of their own).
   * Its id follows its path, so the answer carries the new id; the old one is gone once indexed.
   */
  public Written moveTalk(String user, String id, String meetupId) throws IOException {
    synchronized (lock) {
      ArchiveTalk talk = find(id);
      Path into = meetupFolder(meetupId);
      if (talk.meetup().folder().equals(editor.relative(into))) {
        return remember(new Written(talk, List.of(), contents.indexed(id).map(Talk::title).orElse(id),
            reindex.getAsLong()));
      }
      String title = contents.indexed(id).map(Talk::title).orElse(id);
      // Written ahead, like uploads: a crash halfway must leave a record of what was moving where.
      audit.record(user, "move-talk", id + ": " + talk.location() + " -> " + editor.relative(into), "", title);
      String moved = editor.moveTalk(talk.location(), talk.files(), ArchiveScanner.talkJsonOf(talk, false), into);
      ArchiveTalk now = lookup.talkAt(moved)
          .orElseThrow(() -> new IllegalStateException("the moved talk " + moved + " was not found"));
      long ticket = reindex.getAsLong();
      contents.deleted(id, ticket);
      return remember(new Written(now, List.of(), title, ticket));
    }
  }

  /** Moves a talk into the trash. */
  public Deleted delete(String user, String id) throws IOException {
    synchronized (lock) {
      ArchiveTalk talk = find(id);
      String title = contents.indexed(talk.id()).map(Talk::title).orElse(talk.id());
      boolean folder = Files.isDirectory(editor.inside(talk.location()));
      List<String> locations = new ArrayList<>(folder ? List.of(talk.location()) : talk.files());
      String sidecar = ArchiveScanner.talkJsonOf(talk, false);
      if (!folder && Files.exists(editor.inside(sidecar))) {
        locations.add(sidecar);
      }
      Trash.Entry entry = trash.trash(talk.id(), title, locations, user);
      audit.record(user, "delete", talk.id() + ": " + talk.location(), "",
          "moved to " + Trash.FOLDER + "/" + entry.folder());
      Deleted deleted = new Deleted(entry, reindex.getAsLong());
      contents.deleted(talk.id(), deleted.ticket());
      return deleted;
    }
  }

  public List<Trash.Entry> trash() throws IOException {
    return trash.list();
  }

  /** Moves a talk back from the trash to where it was. */
  public Written restore(String user, String id) throws IOException {
    synchronized (lock) {
      Trash.Entry entry;
      try {
        entry = trash.restore(id).orElseThrow(() -> CurationException.notFound("not_in_trash", java.util.Map.of("id", id),
            "no talk '" + id + "' in the trash"));
      } catch (IllegalStateException conflict) {
        throw CurationException.conflict("restore_blocked", java.util.Map.of("id", id), conflict.getMessage());
      }
      audit.record(user, "restore", id + ": " + String.join(", ", entry.locations()), "", "");
      ArchiveTalk talk = lookup.talkAt(entry.locations().get(0))
          .or(() -> lookup.talk(id))
          .orElseThrow(() -> CurationException.conflict("restore_blocked", java.util.Map.of("id", id),
              "restored " + entry.locations() + " but it is no talk now"));
      return remember(new Written(talk, List.of(), entry.title(), reindex.getAsLong()));
    }
  }

  private Written remember(Written written) {
    contents.written(written);
    return written;
  }

  private Path meetupFolder(String id) {
    Meetup meetup = lookup.meetup(id)
        .orElseThrow(() -> new CurationException(CurationException.Reason.INVALID, "unknown_meetup",
            java.util.Map.of("field", "meetup", "id", id), "no meetup with id '" + id + "'"));
    if (meetup.folder().isEmpty()) {
      throw CurationException.conflict("meetup_has_no_folder", java.util.Map.of("id", meetup.id()),
          "meetup " + meetup.id() + " has no folder of its own; create a new meetup");
    }
    return editor.inside(meetup.folder());
  }

  private ArchiveTalk find(String id) {
    if (contents.isDeleted(id)) {
      throw talkNotFound(id);
    }
    return lookup.talk(id).orElseThrow(() -> talkNotFound(id));
  }

  private static CurationException talkNotFound(String id) {
    return CurationException.notFound("talk_not_found", java.util.Map.of("id", id), "no talk with id '" + id + "'");
  }

  private Optional<Talk> duplicate(List<StagedFile> staged) {
    for (StagedFile file : staged) {
      Optional<Talk> holder = contents.holderOf(file.sha256());
      if (holder.isPresent()) {
        return holder;
      }
    }
    return Optional.empty();
  }

  private static String shaOf(String path, List<StagedFile> staged) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return staged.stream().filter(f -> f.storedName().equals(name)).map(StagedFile::sha256).findFirst().orElse("");
  }
}
