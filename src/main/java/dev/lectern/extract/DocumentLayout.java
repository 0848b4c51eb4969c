package dev.lectern.extract;

import java.util.Set;

/**
 * How Lectern reads a detected media type: which page boundaries to look for, or that it does not
 * read it at all. Decided by detected content, never by file name, so a zip renamed to .pptx is
 * still treated as a zip.
 */
enum DocumentLayout {
  /** PDF: one page per {@code div.page}. */
  PAGED,
  /** PowerPoint (PPTX, PPSX, PPTM, PPT): one page per slide, speaker notes apart. */
  SLIDES,
  /** OpenDocument presentation: slides read from content.xml, Tika only for metadata. */
  ODP_SLIDES,
  /** Keynote 09 (index.apxl): Tika emits one top-level div per master and per slide. */
  KEYNOTE_XML,
  /** Keynote 2013+ (protobuf .iwa): Tika reads almost no text from it. */
  KEYNOTE_IWA,
  /** Plain text and Markdown: one page, read as UTF-8 where the bytes allow. */
  PLAIN_TEXT,
  /** HTML and DOCX notes documents: one page with all the text. */
  SINGLE_PAGE,
  /** An encrypted container that Tika recognises without trying a password. */
  PROTECTED,
  UNSUPPORTED;

  private static final Set<String> POWERPOINT = Set.of(
      "application/vnd.ms-powerpoint",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
      "application/vnd.openxmlformats-officedocument.presentationml.template",
      "application/vnd.ms-powerpoint.presentation.macroenabled.12",
      "application/vnd.ms-powerpoint.slideshow.macroenabled.12",
      "application/vnd.ms-powerpoint.template.macroenabled.12");
  private static final Set<String> PLAIN =
      Set.of("text/plain", "text/markdown", "text/x-web-markdown");
  private static final Set<String> SINGLE = Set.of(
      "text/html",
      "application/xhtml+xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  /** The layout for a base media type (no parameters), e.g. {@code application/pdf}. */
  static DocumentLayout of(String baseType) {
    if ("application/pdf".equals(baseType)) {
      return PAGED;
    }
    if (POWERPOINT.contains(baseType)) {
      return SLIDES;
    }
    if ("application/vnd.oasis.opendocument.presentation".equals(baseType)) {
      return ODP_SLIDES;
    }
    if ("application/vnd.apple.keynote".equals(baseType)) {
      return KEYNOTE_XML;
    }
    if (baseType.startsWith("application/vnd.apple.keynote.")) {
      return KEYNOTE_IWA;
    }
    if (PLAIN.contains(baseType)) {
      return PLAIN_TEXT;
    }
    if (SINGLE.contains(baseType)) {
      return SINGLE_PAGE;
    }
    if ("application/x-tika-ooxml-protected".equals(baseType)) {
      return PROTECTED;
    }
    return UNSUPPORTED;
  }

  PageCollector.Boundary boundary() {
    return switch (this) {
      case PAGED -> PageCollector.Boundary.PAGE_DIV;
      case SLIDES, ODP_SLIDES -> PageCollector.Boundary.SLIDE_DIV;
      case KEYNOTE_XML -> PageCollector.Boundary.TOP_LEVEL_DIV;
      default -> PageCollector.Boundary.NONE;
    };
  }
}
