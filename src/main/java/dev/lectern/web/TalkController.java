package dev.lectern.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.PageText;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkPages;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A talk with all its pages, and downloads of its original files. */
final class TalkController {
  private final SlideIndex index;
  private final TalkPages pages;
  private final JsonCodec json;
  private final Path archive;
  private final PendingTalks pending;

  TalkController(SlideIndex index, TalkPages pages, JsonCodec json, Path archive, PendingTalks pending) {
    this.index = index;
    this.pending = pending;
    this.pages = pages;
    this.json = json;
    this.archive = archive.toAbsolutePath().normalize();
  }

  void talk(Context ctx) throws IOException {
    Optional<Talk> written = pending.talk(ctx.pathParam("id"));
    Talk talk = written.isPresent() ? written.get() : find(ctx.pathParam("id"));
    ObjectNode node = json.mapper().valueToTree(talk);
    List<PageText> texts = pages.of(talk.id());
    node.set("pages", json.mapper().valueToTree(texts));
    ctx.json(node);
  }

  void download(Context ctx) throws IOException {
    Talk talk = find(ctx.pathParam("id"));
    int n = fileNumber(ctx.pathParam("n"), talk);
    TalkFile file = talk.files().get(n - 1);
    Path path = archive.resolve(file.path()).normalize();
    if (path.startsWith(archive) && Files.isDirectory(path)) {
      throw ApiException.missing("file_is_folder", java.util.Map.of("id", talk.id(), "n", n), "file " + n + " of talk " + talk.id()
          + " is a Keynote package folder, which cannot be sent as one file; its slides are on the talk's page");
    }
    if (!path.startsWith(archive) || !Files.isRegularFile(path)) {
      throw ApiException.missing("file_gone", java.util.Map.of("id", talk.id(), "n", n),
          "file " + n + " of talk " + talk.id() + " is no longer in the archive");
    }
    String name = path.getFileName().toString();
    ctx.header("Content-Disposition", "attachment; filename=\"" + asciiName(name)
        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("application/octet-stream");
    ctx.header("Content-Length", Long.toString(Files.size(path)));
    try (InputStream in = Files.newInputStream(path)) {
      in.transferTo(ctx.outputStream());
    }
  }

  Talk find(String id) {
    if (pending.isDeleted(id)) {
      throw talkNotFound(id);
    }
    return index.catalog().talk(id)
        .orElseThrow(() -> talkNotFound(id));
  }

  private static int fileNumber(String raw, Talk talk) {
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1 && n <= talk.files().size()) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.missing("file_not_found", java.util.Map.of("id", talk.id(), "files", talk.files().size()),
        "talk " + talk.id() + " has files 1.." + talk.files().size() + ", not '" + raw + "'");
  }

  private static String asciiName(String name) {
    return name.replaceAll("[^A-Za-z0-9._ -]", "_");
  }

  static ApiException talkNotFound(String id) {
    return new ApiException(404, "talk_not_found", java.util.Map.of("id", id), "no talk with id '" + id + "'");
  }
}
