package dev.lectern.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Lectern treats as talk documents, keyed by file extension. Decks are split into
 * slides or pages; notes documents (write-ups, READMEs) are read as a single page.
 */
public enum DocumentFormat {
  PDF("pdf", true, "pdf"),
  PPTX("pptx", true, "pptx", "pptm"),
  PPSX("ppsx", true, "ppsx", "ppsm"),
  PPT("ppt", true, "ppt", "pps"),
  ODP("odp", true, "odp"),
  KEY("key", true, "key"),
  MD("md", false, "md", "markdown"),
  HTML("html", false, "html", "htm"),
  TXT("txt", false, "txt"),
  DOCX("docx", false, "docx");

  private final String label;
  private final boolean deck;
  private final List<String> extensions;

  DocumentFormat(String label, boolean deck, String... extensions) {
    this.label = label;
    this.deck = deck;
    this.extensions = List.of(extensions);
  }

  /** The short lowercase name used across Lectern (index fields, API, UI facets). */
  public String label() {
    return label;
  }

  /** The file extensions of this format, its usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  /** True for slide decks and PDFs, false for notes documents that are read as one page. */
  public boolean isDeck() {
    return deck;
  }

  /** The format a file name's extension announces, case-insensitively; empty when none applies. */
  public static Optional<DocumentFormat> ofFileName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    // A leading dot marks a hidden file (".pdf" is not a PDF named "").
    if (dot <= 0 || dot == base.length() - 1) {
      return Optional.empty();
    }
    String extension = base.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (DocumentFormat format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Every extension Lectern reads, with its dot, in the order of the formats: the one list the
   * upload page offers, the API accepts and the archive scanner indexes.
   */
  public static List<String> acceptedExtensions() {
    return java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
  }

  /** The format with this label, e.g. when reading a stored index back. */
  public static Optional<DocumentFormat> ofLabel(String label) {
    for (DocumentFormat format : values()) {
      if (format.label.equals(label)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
