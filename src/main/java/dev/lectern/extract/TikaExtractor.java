package dev.lectern.extract;

import dev.lectern.extract.keynote.KeynoteExtraction;
import dev.lectern.extract.keynote.KeynoteLimits;
import dev.lectern.model.DocumentFormat;
import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Tika-backed {@link Extractor}. One parser is built once and shared (Tika parsers are
 * thread-safe); each call gets its own {@link ParseContext} and {@link PageCollector}. Every failure
 * becomes a status with a short reason; only {@link OutOfMemoryError} escapes, because after it the
 * JVM cannot be trusted to carry on.
 */
public final class TikaExtractor implements Extractor {
  public static final long DEFAULT_MAX_CHARACTERS = 5_000_000;
  static final String NO_TEXT_LAYER = "no text layer (image-only?)";
  private static final int MAX_REASON_LENGTH = 200;

  private final AutoDetectParser parser = new AutoDetectParser();
  private final OdpSlideReader odpSlides = new OdpSlideReader();
  private final KeynoteExtraction keynote;
  private final long maxCharacters;

  public TikaExtractor() {
    this(DEFAULT_MAX_CHARACTERS);
  }

  public TikaExtractor(long maxCharacters) {
    this(maxCharacters, KeynoteLimits.of(ExtractionLimits.DEFAULT_MAX_ZIP_ENTRIES,
        ExtractionLimits.DEFAULT_MAX_ZIP_ENTRY_BYTES, maxCharacters));
  }

  /** {@code keynote} bounds the Keynote 2013+ reader, which Tika has no parser for. */
  public TikaExtractor(long maxCharacters, KeynoteLimits keynote) {
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be >= 1, was " + maxCharacters);
    }
    this.maxCharacters = maxCharacters;
    this.keynote = new KeynoteExtraction(keynote);
  }

  @Override
  public Extraction extract(Path file) {
    try {
      return extractOrThrow(file);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      return failure(e, DocumentMetadata.NONE);
    }
  }

  private Extraction extractOrThrow(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      // A Keynote deck saved as a package folder; no other format is a folder.
      return namedAsKeynote(file) ? keynote.extract(file)
          : Extraction.failed(ExtractionStatus.UNSUPPORTED, "a folder, not a document");
    }
    if (Files.size(file) == 0) {
      return Extraction.failed(ExtractionStatus.EMPTY, "zero-byte file");
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      MediaType detectedType = parser.getDetector().detect(in, metadata);
      String mediaType = detectedType.getBaseType().toString();
      // AutoDetectParser would detect again; for a zip format that means opening the package once more.
      metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, detectedType.toString());
      DocumentLayout layout = DocumentLayout.of(mediaType);
      if (layout == DocumentLayout.KEYNOTE_IWA || namedAsKeynote(file) && layout == DocumentLayout.UNSUPPORTED) {
        // Tika reads no slide text from the .iwa format, and takes a package with a nested
        // Index.zip for a plain zip; a damaged .key gets the Keynote reader's reason.
        return keynote.extract(file);
      }
      DocumentMetadata detected = new DocumentMetadata("", "", "", "", 0, mediaType, "");
      if (namedAsDeck(file) && (layout == DocumentLayout.PLAIN_TEXT || layout == DocumentLayout.SINGLE_PAGE)) {
        // A broken or mislabelled deck often sniffs as text; indexing it as notes would hide the damage.
        return new Extraction(ExtractionStatus.FAILED, "named as a deck but its content is " + mediaType
            + "; the file is damaged or mislabelled", List.of(), detected);
      }
      return switch (layout) {
        case UNSUPPORTED -> new Extraction(ExtractionStatus.UNSUPPORTED,
            "unsupported media type: " + mediaType, List.of(), detected);
        case PROTECTED -> new Extraction(ExtractionStatus.ENCRYPTED,
            "password-protected (" + mediaType + ")", List.of(), detected);
        case PLAIN_TEXT -> plainText(file, in, metadata, mediaType);
        default -> parse(file, in, metadata, mediaType, layout);
      };
    }
  }

  private static boolean namedAsKeynote(Path file) {
    return DocumentFormat.ofFileName(String.valueOf(file.getFileName())).orElse(null) == DocumentFormat.KEY;
  }

  private static boolean namedAsDeck(Path file) {
    return DocumentFormat.ofFileName(String.valueOf(file.getFileName())).map(DocumentFormat::isDeck).orElse(false);
  }

  private Extraction parse(
      Path file, TikaInputStream in, Metadata metadata, String mediaType, DocumentLayout layout) {
    PageCollector collector = new PageCollector(layout.boundary(), maxCharacters);
    // For ODP, Tika only supplies metadata; slides come from content.xml below.
    ContentHandler handler = layout == DocumentLayout.ODP_SLIDES ? new DefaultHandler() : collector;
    try {
      parser.parse(in, handler, metadata, newContext());
      if (layout == DocumentLayout.ODP_SLIDES) {
        odpSlides.read(file, collector);
      }
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      if (!collector.capReached()) {
        return failure(e, TikaMetadata.toDocumentMetadata(metadata, mediaType));
      }
    }
    DocumentMetadata documentMetadata = TikaMetadata.toDocumentMetadata(metadata, mediaType);
    List<Page> pages = collector.pages();
    if (layout == DocumentLayout.KEYNOTE_XML) {
      pages = lastSlides(pages, documentMetadata.pageCount());
    }
    return classify(pages, documentMetadata, layout, collector.capReached());
  }

  private Extraction plainText(Path file, TikaInputStream in, Metadata metadata, String mediaType)
      throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8 (an old Latin-1 notes file): let Tika guess the charset.
      return parse(file, in, metadata, mediaType, DocumentLayout.SINGLE_PAGE);
    }
    boolean truncated = text.length() > maxCharacters;
    String kept = truncated ? text.substring(0, (int) maxCharacters) : text;
    List<Page> pages = List.of(new Page(1, PageText.normalize(kept), ""));
    DocumentMetadata documentMetadata = TikaMetadata.toDocumentMetadata(metadata, mediaType);
    return classify(pages, documentMetadata, DocumentLayout.PLAIN_TEXT, truncated);
  }

  private static Extraction classify(
      List<Page> pages, DocumentMetadata metadata, DocumentLayout layout, boolean truncated) {
    if (truncated) {
      return new Extraction(ExtractionStatus.TRUNCATED, "character cap reached", pages, metadata);
    }
    int characters = pages.stream().mapToInt(p -> p.text().length() + p.notes().length()).sum();
    if (characters == 0) {
      return new Extraction(ExtractionStatus.EMPTY, NO_TEXT_LAYER, pages, metadata);
    }
    return new Extraction(ExtractionStatus.OK, "", pages, metadata);
  }

  /** Keynote 09 emits masters before slides, all as divs; the declared count says which are slides. */
  private static List<Page> lastSlides(List<Page> pages, int slideCount) {
    if (slideCount <= 0 || slideCount >= pages.size()) {
      return pages;
    }
    int skipped = pages.size() - slideCount;
    return pages.subList(skipped, pages.size()).stream()
        .map(p -> new Page(p.number() - skipped, p.text(), p.notes()))
        .toList();
  }

  private ParseContext newContext() {
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
    // OCR would take minutes per deck and needs tesseract; image-only files are reported as EMPTY.
    // Without NO_OCR, a text-less PDF page makes Tika 3.3.1's PDFParser look up an OCR parser
    // through the embedded-document extractor, which SkipEmbedded lacks: an NPE (pinned by test).
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    // The outline's text comes after the last page div, where PageCollector drops it; reading it cost
    // a quarter of all PDF time on the shared corpus (a dangling outline entry makes PDFBox scan the
    // whole file for the object).
    pdf.setExtractBookmarksText(false);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }

  private static Extraction failure(Throwable e, DocumentMetadata metadata) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (isEncryption(cause)) {
        return new Extraction(
            ExtractionStatus.ENCRYPTED, "password-protected: " + describe(cause), List.of(), metadata);
      }
    }
    return new Extraction(ExtractionStatus.FAILED, describe(e), List.of(), metadata);
  }

  private static boolean isEncryption(Throwable e) {
    String name = e.getClass().getName();
    return e instanceof EncryptedDocumentException
        || name.equals("org.apache.poi.EncryptedDocumentException")
        || name.equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException");
  }

  /** Class and message of the exception and of its root cause, first lines only, no stack trace. */
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = oneLine(e) + (root == e ? "" : " (caused by " + oneLine(root) + ")");
    return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH) + "…";
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.strip());
  }

  /** Embedded objects (a PDF inside a slide, images) would otherwise turn into fake pages. */
  private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
      // Never called: shouldParseEmbedded always declines.
    }
  }
}
