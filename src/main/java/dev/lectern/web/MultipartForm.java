package dev.lectern.web;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multipart upload read within {@link UploadLimits}: Jetty spools file parts to a folder under the
 * index (never the system temp, never the archive) and stops reading at the first limit crossed;
 * this class turns that into 413, and deletes the spooled parts when the request is done.
 */
final class MultipartForm implements AutoCloseable {
  static final int MAX_FIELD_CHARS = 20_000;

  private final Map<String, List<String>> fields;
  private final List<Part> files;

  private MultipartForm(Map<String, List<String>> fields, List<Part> files) {
    this.fields = fields;
    this.files = files;
  }

  static MultipartForm read(Context ctx, UploadLimits limits, Path spool) throws IOException {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/form-data")) {
      throw ApiException.invalid("not_multipart", Map.of(), "send the upload as multipart/form-data");
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > limits.maxRequestBytes()) {
      throw tooLarge(limits);
    }
    Files.createDirectories(spool);
    ctx.req().setAttribute("org.eclipse.jetty.multipartConfig", new MultipartConfigElement(
        spool.toString(), limits.maxFileBytes(), limits.maxRequestBytes(), 64 * 1024));
    List<Part> parts;
    try {
      parts = List.copyOf(ctx.req().getParts());
    } catch (Exception e) {
      // The parser gave up part-way, so the connection's input may be left unread: the client must not
      // send its next request on it (seen as "header parser received no bytes" in WriteInputIT).
      ctx.header("Connection", "close");
      throw refusal(e, limits);
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<Part> files = new ArrayList<>();
    MultipartForm form = new MultipartForm(fields, files);
    for (Part part : parts) {
      if (part.getSubmittedFileName() != null) {
        files.add(part);
      } else {
        fields.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(text(part, form));
      }
    }
    if (files.size() > limits.maxFiles()) {
      form.close();
      throw new ApiException(413, "too_many_files", Map.of("field", "file", "max", limits.maxFiles()),
          "at most " + limits.maxFiles() + " files per upload, got " + files.size());
    }
    if (fields.values().stream().mapToInt(List::size).sum() > limits.maxFields()) {
      form.close();
      throw new ApiException(413, "too_many_fields", Map.of("max", limits.maxFields()),
          "at most " + limits.maxFields() + " form fields per upload");
    }
    return form;
  }

  List<Part> files() {
    return files;
  }

  String field(String name) {
    List<String> values = fields.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0).strip();
  }

  List<String> fields(String name) {
    return fields.getOrDefault(name, List.of());
  }

  private static String text(Part part, MultipartForm form) throws IOException {
    if (part.getSize() > MAX_FIELD_CHARS * 4L) {
      form.close();
      throw new ApiException(413, "field_too_long", Map.of("field", part.getName(), "max", MAX_FIELD_CHARS),
          "form field '" + part.getName() + "' is too long");
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Jetty reports a crossed limit as an exception somewhere in the cause chain; find which. */
  private static ApiException refusal(Exception e, UploadLimits limits) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("max") || message.contains("exceed") || message.contains("too large")
          || message.contains("too many") || message.contains("413")) {
        return message.contains("part") && !message.contains("size") && !message.contains("length")
            ? new ApiException(413, "too_many_parts", Map.of("maxFiles", limits.maxFiles(), "maxFields", limits.maxFields()),
                "too many parts: at most " + limits.maxFiles() + " files and "
                + limits.maxFields() + " fields per upload")
            : tooLarge(limits);
      }
    }
    // Jetty's message names its own classes; the client learns what is wrong, not how the server is built.
    return ApiException.invalid("malformed_multipart", Map.of(),
        "the multipart body cannot be read: a part or its boundary is malformed");
  }

  private static ApiException tooLarge(UploadLimits limits) {
    return new ApiException(413, "file_too_large", Map.of("field", "file", "maxMb", limits.maxFileBytes() / (1024 * 1024)),
        "upload too large: at most " + limits.maxFileBytes() / (1024 * 1024)
        + " MB per file and " + limits.maxRequestBytes() / (1024 * 1024) + " MB per upload");
  }

  @Override
  public void close() {
    for (Part part : files) {
      try {
        part.delete();
      } catch (IOException | RuntimeException e) {
        // Jetty deletes spooled parts at the end of the request as well
      }
    }
  }
}
