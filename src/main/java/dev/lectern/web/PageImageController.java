package dev.lectern.web;

import dev.lectern.index.SlideIndex;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import dev.lectern.render.ThumbnailStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/talks/{id}/pages/{n}.png?file=F&size=S}: the image of page n of the talk's file F
 * (default 1), drawn at ingest time: S is {@code thumbnail} (the default, 480 px wide) or
 * {@code large} (1280 px, for the slide viewer). Images are named by content hash, so a URL's bytes only change
 * when the file does and the ETag does too: browsers may keep them for a year.
 */
final class PageImageController {
  private static final Pattern IMAGE = Pattern.compile("([1-9][0-9]{0,5})\\.png");

  private final SlideIndex index;
  private final ThumbnailStore store;

  /** {@code store} may be null: then every page answers 404 and the UI shows the page's text. */
  PageImageController(SlideIndex index, ThumbnailStore store) {
    this.index = index;
    this.store = store;
  }

  void page(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Talk talk = index.catalog().talk(id)
        .orElseThrow(() -> ApiException.missing("talk_not_found", java.util.Map.of("id", id), "no talk with id '" + id + "'"));
    Matcher image = IMAGE.matcher(ctx.pathParam("image"));
    if (!image.matches()) {
      throw ApiException.notFound("page images are named N.png, not '" + ctx.pathParam("image") + "'");
    }
    int n = Integer.parseInt(image.group(1));
    int fileNumber = SearchController.intParam(ctx, "file", 1);
    if (fileNumber < 1 || fileNumber > talk.files().size()) {
      throw ApiException.notFound("talk " + id + " has files 1.." + talk.files().size() + ", not " + fileNumber);
    }
    boolean large = large(ctx.queryParam("size"));
    TalkFile file = talk.files().get(fileNumber - 1);
    Optional<Path> png = store == null || file.sha256().isEmpty()
        ? Optional.empty() : store.page(file.sha256(), n, large);
    if (png.isEmpty()) {
      // "pending": the file's images are still to be drawn, so the UI shows a placeholder and asks again.
      boolean pending = store != null && !file.sha256().isEmpty() && !store.has(file.sha256());
      ctx.status(404);
      ctx.json(Map.of("error", pending
          ? "the images of file " + fileNumber + " of talk " + id + " are not drawn yet"
          : "no image of page " + n + " of file " + fileNumber + " of talk " + id, "pending", pending));
      return;
    }
    String etag = "\"" + file.sha256() + "-" + n + (large ? "-large" : "") + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType("image/png");
    ctx.header("Content-Length", Long.toString(Files.size(png.get())));
    try (InputStream in = Files.newInputStream(png.get())) {
      in.transferTo(ctx.outputStream());
    }
  }

  private static boolean large(String size) {
    if (size == null || size.equals("thumbnail")) {
      return false;
    }
    if (size.equals("large")) {
      return true;
    }
    String shown = size.length() > 20 ? size.substring(0, 20) + "…" : size;
    throw ApiException.invalid("bad_param", java.util.Map.of("param", "size", "value", shown, "allowed", "thumbnail, large"),
        "size is 'thumbnail' or 'large', not '" + shown + "'");
  }
}
