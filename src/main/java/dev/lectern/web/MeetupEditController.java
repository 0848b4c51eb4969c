package dev.lectern.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.ContentHash;
import dev.lectern.model.Meetup;
import dev.lectern.model.Slugs;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** New meetups ({@code <archive>/<date>-<slug>/meetup.json}) and edits of a meetup's meetup.json. */
final class MeetupEditController {
  private final WriteAccess access;
  private final ArchiveLookup lookup;
  private final MetadataInput input;
  private final Object lock;
  private final ContentHash hash = new ContentHash();

  MeetupEditController(WriteAccess access, ArchiveLookup lookup, MetadataInput input, Object lock) {
    this.access = access;
    this.lookup = lookup;
    this.input = input;
    this.lock = lock;
  }

  /** {@code POST /api/meetups}. */
  void create(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    ObjectNode meetup = input.meetup(input.body(ctx), true);
    synchronized (lock) {
      String folder = access.editor().createMeetup(
          meetup.get("date").asText() + "-" + Slugs.of(meetup.get("title").asText()), meetup);
      Path file = access.editor().inside(folder).resolve(ArchiveEditor.MEETUP_JSON);
      // Recorded as soon as the write is on disk: nothing after it may leave a write without its record.
      access.audit().record(user, "create-meetup", folder + "/" + ArchiveEditor.MEETUP_JSON,
          hash.sha256(Files.readAllBytes(file)), meetup.path("title").asText());
      Meetup created = lookup.meetupAt(folder)
          .orElseThrow(() -> new IllegalStateException("the new meetup folder " + folder + " was not found"));
      access.scheduler().request();
      ctx.status(201).header("Location", "/api/meetups/" + URLEncoder.encode(created.id(), StandardCharsets.UTF_8));
      ctx.json(created);
    }
  }

  /** {@code PATCH /api/meetups/{id}}; an inferred meetup gets a meetup.json holding what was inferred. */
  void patch(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    ObjectNode patch = input.meetup(input.body(ctx), false);
    synchronized (lock) {
      String id = ctx.pathParam("id");
      Meetup meetup = lookup.meetup(id).orElseThrow(() -> ApiException.notFound("no meetup with id '" + id + "'"));
      if (meetup.folder().isEmpty()) {
        throw new ApiException(409, "meetup " + id + " has no folder of its own to hold a meetup.json");
      }
      ObjectNode defaults = access.editor().mapper().createObjectNode();
      defaults.put("title", meetup.title());
      if (!meetup.date().isEmpty()) {
        defaults.put("date", meetup.date());
      }
      if (!meetup.city().isEmpty()) {
        defaults.put("city", meetup.city());
      }
      Path file = access.editor().inside(meetup.folder()).resolve(ArchiveEditor.MEETUP_JSON);
      try {
        access.editor().patchJson(file, patch, defaults);
      } catch (IllegalStateException damaged) {
        throw new ApiException(409, damaged.getMessage());
      }
      access.audit().record(user, "edit-meetup", id + ": " + meetup.folder() + "/" + ArchiveEditor.MEETUP_JSON,
          hash.sha256(Files.readAllBytes(file)), patch.toString());
      access.scheduler().request();
      ctx.json(lookup.meetupAt(meetup.folder()).orElse(meetup));
    }
  }

}
