package dev.lectern.web;

import dev.lectern.archive.MeetupCurator;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Meetup;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** New meetups ({@code <archive>/<date>-<slug>/meetup.json}), edits of a meetup's meetup.json and a series' series.json. */
final class MeetupEditController {
  private final MeetupCurator curator;
  private final MetadataInput input;
  private final SlideIndex index;

  MeetupEditController(MeetupCurator curator, MetadataInput input, SlideIndex index) {
    this.curator = curator;
    this.input = input;
    this.index = index;
  }

  /** {@code POST /api/meetups}. */
  void create(Context ctx) throws IOException {
    Meetup created = curator.create(Guard.user(ctx), input.meetup(input.body(ctx), true));
    ctx.status(201).header("Location", "/api/meetups/" + URLEncoder.encode(created.id(), StandardCharsets.UTF_8));
    ctx.json(created);
  }

  /** {@code PATCH /api/meetups/{id}}; an inferred meetup gets a meetup.json holding what was inferred. */
  void patch(Context ctx) throws IOException {
    ctx.json(asServed(curator.patch(Guard.user(ctx), ctx.pathParam("id"), input.meetup(input.body(ctx), false))));
  }

  /**
   * The written meetup under the names the catalog serves it by: a name read off a folder is respelled
   * from the archive's text once indexed, and the answer must not show the folder's spelling meanwhile.
   */
  private Meetup asServed(Meetup written) {
    return index.catalog().meetup(written.id())
        .map(served -> written.renamingFolderNames(t -> served.title(), t -> served.seriesTitle()))
        .orElse(written);
  }

  /** {@code PATCH /api/series/{id}}: title, city, description, written to the series folder's series.json. */
  void patchSeries(Context ctx) throws IOException {
    ctx.json(curator.patchSeries(Guard.user(ctx), ctx.pathParam("id"), input.series(input.body(ctx))));
  }
}
