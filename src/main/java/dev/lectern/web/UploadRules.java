package dev.lectern.web;

import dev.lectern.model.DocumentFormat;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/formats}: what an upload may be, from the lists the server itself applies — the
 * formats Lectern reads (the upload check and the archive scanner use the same list), the largest
 * file, the most files, and whether this server accepts writes at all. The upload page reads it,
 * so the page never offers what the API would refuse.
 */
final class UploadRules {
  private final WriteAccess writes;

  UploadRules(WriteAccess writes) {
    this.writes = writes;
  }

  void serve(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("extensions", DocumentFormat.acceptedExtensions());
    body.put("formats", Arrays.stream(DocumentFormat.values()).map(UploadRules::format).toList());
    body.put("writable", writes != null && !writes.readOnly());
    if (writes != null) {
      body.put("maxFileBytes", writes.limits().maxFileBytes());
      body.put("maxFiles", writes.limits().maxFiles());
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.json(body);
  }

  private static Map<String, Object> format(DocumentFormat format) {
    return Map.of("label", format.label(), "deck", format.isDeck(),
        "extensions", format.extensions().stream().map(e -> "." + e).toList());
  }
}
