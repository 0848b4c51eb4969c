package dev.lectern.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stand-in for the extractor branch's format table, kept tiny on purpose: the lead keeps one of the
 * two at merge. Maps a file name's extension to a format label.
 */
record DocumentFormat(String label, boolean isDeck) {

  private static final Map<String, DocumentFormat> BY_EXTENSION = Map.ofEntries(
      Map.entry("pdf", new DocumentFormat("pdf", true)),
      Map.entry("pptx", new DocumentFormat("pptx", true)),
      Map.entry("ppsx", new DocumentFormat("ppsx", true)),
      Map.entry("ppt", new DocumentFormat("ppt", true)),
      Map.entry("odp", new DocumentFormat("odp", true)),
      Map.entry("key", new DocumentFormat("key", true)),
      Map.entry("md", new DocumentFormat("md", false)),
      Map.entry("markdown", new DocumentFormat("md", false)),
      Map.entry("html", new DocumentFormat("html", false)),
      Map.entry("htm", new DocumentFormat("html", false)),
      Map.entry("txt", new DocumentFormat("txt", false)),
      Map.entry("docx", new DocumentFormat("docx", false)));

  static Optional<DocumentFormat> ofFileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
