package dev.lectern.web;

import dev.lectern.archive.MeetupJson;
import dev.lectern.archive.TalkJson;
import dev.lectern.archive.Curator;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Talk;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Uploads: a new talk with its files, or new files (and new versions) for an existing one. A file
 * is detected by content, hashed, refused if Lectern cannot read it (415) or already holds it (200
 * with the talk that does), and acknowledged only once it is durably in the archive; indexing
 * follows in the background. The {@link Curator} does the writing; this reads the form and answers.
 */
final class UploadController {
  private final WriteAccess access;
  private final Curator curator;
  private final SlideIndex index;
  private final PendingTalks pending;
  private final MetadataInput input;

  UploadController(WriteAccess access, Curator curator, SlideIndex index, PendingTalks pending, MetadataInput input) {
    this.access = access;
    this.curator = curator;
    this.index = index;
    this.pending = pending;
    this.input = input;
  }

  /** {@code POST /api/talks}. */
  void create(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    try (MultipartForm form = MultipartForm.read(ctx, access.limits(), access.spool())) {
      requireFiles(form);
      TalkJson talkJson = input.talkFromForm(form);
      Curator.MeetupChoice meetup;
      if (!form.field("meetup").isEmpty()) {
        meetup = new Curator.MeetupChoice(form.field("meetup"), null);
      } else if (!form.field("meetupTitle").isEmpty()) {
        meetup = new Curator.MeetupChoice("", newMeetup(form));
      } else {
        throw ApiException.badField("meetup", "choose_meetup",
            "choose a meetup (\"meetup\") or describe a new one (\"meetupTitle\", \"meetupDate\")");
      }
      respond(ctx, curator.createTalk(user, talkJson, meetup, uploads(form)));
    }
  }

  /** {@code POST /api/talks/{id}/files}: adds files; a file with the name of an existing one replaces it. */
  void addFiles(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    Curator.FilesTarget target = curator.filesTarget(ctx.pathParam("id"));
    try (MultipartForm form = MultipartForm.read(ctx, access.limits(), access.spool())) {
      requireFiles(form);
      respond(ctx, curator.addFiles(user, target, uploads(form)));
    }
  }

  private void respond(Context ctx, Curator.Outcome outcome) {
    switch (outcome) {
      case Curator.Duplicate duplicate -> ctx.status(200).json(Map.of("duplicateOf", duplicate.holder()));
      case Curator.Written written -> {
        Talk view = pending.view(written, index.catalog());
        ctx.status(201).header("Location", "/api/talks/" + URLEncoder.encode(view.id(), StandardCharsets.UTF_8));
        ctx.json(view);
      }
    }
  }

  private static List<Curator.Upload> uploads(MultipartForm form) {
    return form.files().stream().<Curator.Upload>map(part -> new Curator.Upload() {
      @Override
      public String name() {
        return part.getSubmittedFileName();
      }

      @Override
      public InputStream open() throws IOException {
        return part.getInputStream();
      }
    }).toList();
  }

  private MeetupJson newMeetup(MultipartForm form) {
    if (form.field("meetupDate").isEmpty()) {
      throw ApiException.badField("meetupDate", "meetup_needs_date", "a new meetup needs a date (meetupDate, YYYY-MM-DD)");
    }
    return input.meetup(input.fields(form, "meetupTitle", "title", "meetupDate", "date", "meetupCity", "city"), true);
  }

  private static void requireFiles(MultipartForm form) {
    if (form.files().isEmpty()) {
      throw ApiException.badField("file", "no_file", "no file: send each deck in a part named 'file'");
    }
  }
}
