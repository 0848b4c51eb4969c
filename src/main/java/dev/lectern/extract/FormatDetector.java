package dev.lectern.extract;

import dev.lectern.model.DocumentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Says which {@link DocumentFormat} a file's bytes are, whatever its name claims: an executable named
 * {@code deck.pdf} is not a PDF. The content decides; the name only tells apart formats the content
 * cannot (Markdown and plain text are both text). Tika stays inside this class.
 */
public final class FormatDetector {
  private static final Map<String, DocumentFormat> BY_TYPE = Map.ofEntries(
      Map.entry("application/pdf", DocumentFormat.PDF),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", DocumentFormat.PPTX),
      Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", DocumentFormat.PPTX),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.slideshow", DocumentFormat.PPSX),
      Map.entry("application/vnd.ms-powerpoint.slideshow.macroenabled.12", DocumentFormat.PPSX),
      Map.entry("application/vnd.ms-powerpoint", DocumentFormat.PPT),
      Map.entry("application/vnd.oasis.opendocument.presentation", DocumentFormat.ODP),
      Map.entry("application/vnd.apple.keynote", DocumentFormat.KEY),
      Map.entry("application/vnd.apple.keynote.13", DocumentFormat.KEY),
      Map.entry("application/x-iwork-keynote-sffkey", DocumentFormat.KEY),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentFormat.DOCX),
      Map.entry("text/html", DocumentFormat.HTML),
      Map.entry("application/xhtml+xml", DocumentFormat.HTML),
      Map.entry("text/x-web-markdown", DocumentFormat.MD),
      Map.entry("text/markdown", DocumentFormat.MD),
      Map.entry("text/plain", DocumentFormat.TXT));

  /**
   * Tika's default configuration, loaded on first use: building it loads every detector and POI's
   * container readers, most of a second that a server start should not wait for.
   */
  private static final class Tika {
    static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    static final MediaTypeRegistry REGISTRY = TikaConfig.getDefaultConfig().getMediaTypeRegistry();
  }

  /** Loads Tika now, so that the first upload does not pay for it; a server calls this once it is up. */
  public static void warmUp() {
    Tika.DETECTOR.getClass();
  }

  /** What was detected: the media type, and the format when Lectern reads it. */
  public record Detection(String mediaType, Optional<DocumentFormat> format) {}

  public Detection detect(Path file, String nameHint) throws IOException {
    MediaType byContent;
    try (InputStream in = TikaInputStream.get(file)) {
      byContent = Tika.DETECTOR.detect(in, new Metadata());
    }
    MediaType type = byContent;
    if (isText(byContent)) {
      // Text has no magic: only here may the name choose (notes.md is Markdown, not plain text).
      Metadata named = new Metadata();
      named.set(TikaCoreProperties.RESOURCE_NAME_KEY, nameHint == null ? "" : nameHint);
      try (InputStream in = TikaInputStream.get(file)) {
        MediaType byName = Tika.DETECTOR.detect(in, named);
        if (isText(byName)) {
          type = byName;
        }
      }
    }
    Optional<DocumentFormat> format = format(type);
    // Text has no magic, so the name is all that says it is meant as notes: it must carry one of the
    // extensions Lectern lists (the list the upload page offers), not .out, .log or none.
    if (isText(type) && DocumentFormat.ofFileName(nameHint).isEmpty()) {
      format = Optional.empty();
    }
    return new Detection(type.toString(), format);
  }

  private boolean isText(MediaType type) {
    MediaType base = type.getBaseType();
    return base.equals(MediaType.TEXT_PLAIN) || base.equals(MediaType.text("html"))
        || Tika.REGISTRY.isSpecializationOf(base, MediaType.TEXT_PLAIN) && !base.getSubtype().contains("svg");
  }

  private Optional<DocumentFormat> format(MediaType type) {
    MediaType base = type.getBaseType();
    DocumentFormat direct = BY_TYPE.get(base.toString());
    if (direct != null) {
      return Optional.of(direct);
    }
    // Any other text with a listed name (a deck.pdf that is words only) is read as plain text, never as code or markup.
    return isText(type) ? Optional.of(DocumentFormat.TXT) : Optional.empty();
  }
}
