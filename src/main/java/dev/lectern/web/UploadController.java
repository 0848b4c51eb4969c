package dev.lectern.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.AuditLog;
import dev.lectern.archive.StagedFile;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Meetup;
import dev.lectern.model.Slugs;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import dev.lectern.sync.ReconcileScheduler;
import io.javalin.http.Context;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Uploads: a new talk with its files, or new files (and new versions) for an existing one. A file
 * is detected by content, hashed, refused if Lectern cannot read it (415) or already holds it (200
 * with the talk that does), and acknowledged only once it is durably in the archive; indexing
 * follows in the background.
 */
final class UploadController {
  private final WriteAccess access;
  private final SlideIndex index;
  private final PendingTalks pending;
  private final ArchiveLookup lookup;
  private final MetadataInput input;
  private final Object lock;

  UploadController(WriteAccess access, SlideIndex index, PendingTalks pending, ArchiveLookup lookup,
      MetadataInput input, Object lock) {
    this.access = access;
    this.index = index;
    this.pending = pending;
    this.lookup = lookup;
    this.input = input;
    this.lock = lock;
  }

  /** {@code POST /api/talks}. */
  void create(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    ArchiveEditor editor = access.editor();
    try (MultipartForm form = MultipartForm.read(ctx, access.limits(), access.spool())) {
      requireFiles(form);
      ObjectNode talkJson = input.talkFromForm(form);
      String title = talkJson.get("title").asText();
      Path meetupFolder;
      ObjectNode newMeetup = null;
      if (!form.field("meetup").isEmpty()) {
        Meetup meetup = lookup.meetup(form.field("meetup"))
            .orElseThrow(() -> ApiException.badRequest("no meetup with id '" + form.field("meetup") + "'"));
        if (meetup.folder().isEmpty()) {
          throw new ApiException(409, "meetup " + meetup.id() + " has no folder of its own; create a new meetup");
        }
        meetupFolder = editor.inside(meetup.folder());
      } else if (!form.field("meetupTitle").isEmpty()) {
        newMeetup = newMeetup(form);
        meetupFolder = editor.archive().resolve(newMeetup.get("date").asText() + "-"
            + Slugs.of(newMeetup.get("title").asText()));
      } else {
        throw ApiException.badRequest(
            "choose a meetup (\"meetup\") or describe a new one (\"meetupTitle\", \"meetupDate\")");
      }
      Path staging = editor.newStagingFolder(newMeetup != null ? editor.archive() : meetupFolder);
      try {
        List<StagedFile> staged = stageAll(form, staging);
        synchronized (lock) {
          Optional<Talk> duplicate = duplicate(staged);
          if (duplicate.isPresent()) {
            ctx.status(200).json(Map.of("duplicateOf", duplicate.get()));
            return;
          }
          // Written ahead: a crash right after the files land must not leave them in the archive unrecorded.
          String into = editor.archive().relativize(meetupFolder).toString().replace('\\', '/');
          for (StagedFile file : staged) {
            access.audit().record(user, "upload", into + "/…/" + file.storedName(), file.sha256(), title);
          }
          String folder = editor.publishTalk(staging, staged, talkJson, title, meetupFolder, newMeetup);
          staging = null;
          ArchiveTalk talk = lookup.talkAt(folder)
              .orElseThrow(() -> new IllegalStateException("the new talk folder " + folder + " was not found"));
          for (String path : talk.files()) {
            access.audit().record(user, "uploaded", talk.id() + ": " + path, shaOf(path, staged), title);
          }
          respond(ctx, 201, talk, staged, title);
        }
      } finally {
        if (staging != null) {
          editor.discard(staging);
        }
      }
    }
  }

  /** {@code POST /api/talks/{id}/files}: adds files; a file with the name of an existing one replaces it. */
  void addFiles(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    String id = ctx.pathParam("id");
    if (pending.isDeleted(id)) {
      throw ApiException.notFound("no talk with id '" + id + "'");
    }
    ArchiveTalk talk = lookup.talk(id).orElseThrow(() -> ApiException.notFound("no talk with id '" + id + "'"));
    Path folder = lookup.folderOf(talk);
    try (MultipartForm form = MultipartForm.read(ctx, access.limits(), access.spool())) {
      requireFiles(form);
      List<StagedFile> staged = new ArrayList<>();
      try {
        staged = stageAll(form, folder);
        synchronized (lock) {
          Optional<Talk> duplicate = duplicate(staged);
          if (duplicate.isPresent()) {
            ctx.status(200).json(Map.of("duplicateOf", duplicate.get()));
            return;
          }
          List<StagedFile> published = new ArrayList<>();
          for (StagedFile file : staged) {
            boolean replaces = Files.exists(folder.resolve(file.storedName()));
            String path = access.editor().publishFile(file, folder);
            published.add(file);
            access.audit().record(user, replaces ? "replace-file" : "add-file", id + ": " + path, file.sha256(), "");
          }
          staged.removeAll(published);
          ArchiveTalk updated = lookup.talk(id).orElse(talk);
          respond(ctx, 201, updated, published, index.catalog().talk(id).map(Talk::title).orElse(id));
        }
      } finally {
        staged.forEach(f -> access.editor().discard(f.temp()));
      }
    }
  }

  private void respond(Context ctx, int status, ArchiveTalk talk, List<StagedFile> written, String title) {
    Map<String, TalkFile> known = new HashMap<>();
    index.catalog().talk(talk.id()).ifPresent(t -> t.files().forEach(f -> known.put(f.path(), f)));
    for (String path : talk.files()) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      written.stream().filter(f -> f.storedName().equals(name)).findFirst()
          .ifPresent(f -> known.put(path, new TalkFile(path, f.format(), 0, "indexing", "", f.sha256(), f.bytes())));
    }
    long ticket = access.scheduler().request();
    Talk view = ArchiveLookup.pending(talk, known, title);
    pending.written(view, ticket);
    ctx.status(status).header("Location", "/api/talks/" + URLEncoder.encode(talk.id(), StandardCharsets.UTF_8));
    ctx.json(view);
  }

  private List<StagedFile> stageAll(MultipartForm form, Path folder) throws IOException {
    Map<String, StagedFile> byHash = new LinkedHashMap<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    List<StagedFile> all = new ArrayList<>();
    try {
      for (Part part : form.files()) {
        StagedFile file;
        try (InputStream in = part.getInputStream()) {
          file = access.editor().stage(in, part.getSubmittedFileName(), folder);
        }
        all.add(file);
        if (!file.supported()) {
          String name = String.valueOf(part.getSubmittedFileName());
          throw new ApiException(415, "'" + (name.length() > 120 ? name.substring(0, 120) : name) + "' is "
              + file.mediaType()
              + "; Lectern accepts PDF, PowerPoint, Keynote, OpenDocument, Word, Markdown, HTML and text");
        }
        if (byHash.containsKey(file.sha256())) {
          access.editor().discard(file.temp()); // the same file twice in one upload is stored once
          continue;
        }
        byHash.put(file.sha256(), withFreeName(file, names));
      }
    } catch (IOException | RuntimeException e) {
      all.forEach(f -> access.editor().discard(f.temp()));
      throw e;
    }
    return new ArrayList<>(byHash.values());
  }

  private Optional<Talk> duplicate(List<StagedFile> staged) {
    for (StagedFile file : staged) {
      Optional<Talk> holder = pending.holderOf(file.sha256(), index.catalog());
      if (holder.isPresent()) {
        return holder;
      }
    }
    return Optional.empty();
  }

  private ObjectNode newMeetup(MultipartForm form) {
    ObjectNode body = access.editor().mapper().createObjectNode();
    body.put("title", form.field("meetupTitle"));
    if (form.field("meetupDate").isEmpty()) {
      throw ApiException.badRequest("a new meetup needs a date (meetupDate, YYYY-MM-DD)");
    }
    body.put("date", form.field("meetupDate"));
    if (!form.field("meetupCity").isEmpty()) {
      body.put("city", form.field("meetupCity"));
    }
    return input.meetup(body, true);
  }

  private static void requireFiles(MultipartForm form) {
    if (form.files().isEmpty()) {
      throw ApiException.badRequest("no file: send each deck in a part named 'file'");
    }
  }

  private static String shaOf(String path, List<StagedFile> staged) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return staged.stream().filter(f -> f.storedName().equals(name)).map(StagedFile::sha256).findFirst().orElse("");
  }

  /** Two different files named alike in one upload are both kept: the second gets "-2". */
  private static StagedFile withFreeName(StagedFile file, java.util.Set<String> names) {
    String name = file.storedName();
    int dot = name.lastIndexOf('.');
    for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      name = file.storedName().substring(0, dot) + "-" + n + file.storedName().substring(dot);
    }
    return new StagedFile(file.temp(), file.originalName(), name, file.format(), file.mediaType(), file.sha256(),
        file.bytes());
  }
}
