package dev.lectern.web;

import dev.lectern.archive.Curator;
import dev.lectern.archive.TalkJson;
import dev.lectern.index.SlideIndex;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Edits of existing talks: metadata (written to talk.json), delete (a move into the archive's
 * trash) and restore. The {@link Curator} writes, audits and asks for the reindex; this reads the
 * request and answers with the talk as it will be indexed.
 */
final class TalkEditController {
  private final Curator curator;
  private final SlideIndex index;
  private final PendingTalks pending;
  private final MetadataInput input;

  TalkEditController(Curator curator, SlideIndex index, PendingTalks pending, MetadataInput input) {
    this.curator = curator;
    this.index = index;
    this.pending = pending;
    this.input = input;
  }

  /**
   * {@code PATCH /api/talks/{id}}: title, speakers, date, tags, language, abstract into talk.json;
   * {@code meetup} (an id) moves the talk there, and the answer carries its new id.
   */
  void patch(Context ctx) throws IOException {
    String user = Guard.user(ctx);
    var body = input.body(ctx);
    TalkJson patch = input.talkPatch(body);
    String meetup = input.meetupId(body);
    String id = ctx.pathParam("id");
    Curator.Written written = patch.isEmpty() && meetup != null ? null : curator.patchTalk(user, id, patch);
    if (meetup != null) {
      written = curator.moveTalk(user, id, meetup);
    }
    ctx.json(pending.view(written, index.catalog()));
  }

  /** {@code DELETE /api/talks/{id}}: moves the talk into the trash. */
  void delete(Context ctx) throws IOException {
    Curator.Deleted deleted = curator.delete(Guard.user(ctx), ctx.pathParam("id"));
    ctx.json(deleted.entry());
  }

  /** {@code GET /api/trash}. */
  void trash(Context ctx) throws IOException {
    ctx.json(curator.trash());
  }

  /** {@code POST /api/trash/{id}/restore}. */
  void restore(Context ctx) throws IOException {
    Curator.Written written = curator.restore(Guard.user(ctx), ctx.pathParam("id"));
    ctx.json(pending.view(written, index.catalog()));
  }
}
