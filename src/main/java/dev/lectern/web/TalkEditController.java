package dev.lectern.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.ContentHash;
import dev.lectern.archive.Trash;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits of existing talks: metadata (written to talk.json), delete (a move into the archive's
 * trash) and restore. Each is audited, acknowledged once on disk, and indexed in the background.
 */
final class TalkEditController {
  private final WriteAccess access;
  private final SlideIndex index;
  private final PendingTalks pending;
  private final ArchiveLookup lookup;
  private final MetadataInput input;
  private final Object lock;
  private final ContentHash hash = new ContentHash();

  TalkEditController(WriteAccess access, SlideIndex index, PendingTalks pending, ArchiveLookup lookup,
      MetadataInput input, Object lock) {
    this.access = access;
    this.index = index;
    this.pending = pending;
    this.lookup = lookup;
    this.input = input;
    this.lock = lock;
  }

  /** {@code PATCH /api/talks/{id}}: title, speakers, tags, language, abstract. */
  void patch(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    ObjectNode patch = input.talkPatch(input.body(ctx));
    synchronized (lock) {
      ArchiveTalk talk = find(ctx.pathParam("id"));
      Path file = lookup.folderOf(talk).resolve(ArchiveEditor.TALK_JSON);
      ObjectNode written;
      try {
        written = access.editor().patchJson(file, patch, access.editor().mapper().createObjectNode());
      } catch (IllegalStateException damaged) {
        throw new ApiException(409, damaged.getMessage());
      }
      access.audit().record(user, "edit-talk", talk.id() + ": " + talk.location() + "/" + ArchiveEditor.TALK_JSON,
          hash.sha256(Files.readAllBytes(file)), patch.toString());
      ctx.json(remember(lookup.talk(talk.id()).orElse(talk), written.path("title").asText(talk.id())));
    }
  }

  /** {@code DELETE /api/talks/{id}}: moves the talk into the trash. */
  void delete(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    synchronized (lock) {
      ArchiveTalk talk = find(ctx.pathParam("id"));
      String title = index.catalog().talk(talk.id()).map(Talk::title).orElse(talk.id());
      boolean folder = Files.isDirectory(access.editor().inside(talk.location()));
      Trash.Entry entry = access.trash().trash(talk.id(), title,
          folder ? List.of(talk.location()) : talk.files(), user);
      access.audit().record(user, "delete", talk.id() + ": " + talk.location(), "",
          "moved to " + Trash.FOLDER + "/" + entry.folder());
      pending.deleted(talk.id(), access.scheduler().request());
      ctx.json(entry);
    }
  }

  /** {@code GET /api/trash}. */
  void trash(Context ctx) throws IOException {
    ctx.json(access.trash().list());
  }

  /** {@code POST /api/trash/{id}/restore}. */
  void restore(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    String id = ctx.pathParam("id");
    synchronized (lock) {
      Trash.Entry entry;
      try {
        entry = access.trash().restore(id)
            .orElseThrow(() -> ApiException.notFound("no talk '" + id + "' in the trash"));
      } catch (IllegalStateException conflict) {
        throw new ApiException(409, conflict.getMessage());
      }
      access.audit().record(user, "restore", id + ": " + String.join(", ", entry.locations()), "", "");
      ArchiveTalk talk = lookup.talkAt(entry.locations().get(0))
          .or(() -> lookup.talk(id))
          .orElseThrow(() -> new ApiException(409, "restored " + entry.locations() + " but it is no talk now"));
      ctx.json(remember(talk, entry.title()));
    }
  }

  private Talk remember(ArchiveTalk talk, String title) {
    Map<String, TalkFile> known = new HashMap<>();
    index.catalog().talk(talk.id()).ifPresent(t -> t.files().forEach(f -> known.put(f.path(), f)));
    Talk view = ArchiveLookup.pending(talk, known, title);
    pending.written(view, access.scheduler().request());
    return view;
  }

  private ArchiveTalk find(String id) {
    if (pending.isDeleted(id)) {
      throw ApiException.notFound("no talk with id '" + id + "'");
    }
    return lookup.talk(id).orElseThrow(() -> ApiException.notFound("no talk with id '" + id + "'"));
  }

}
