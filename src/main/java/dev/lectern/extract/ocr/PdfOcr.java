package dev.lectern.extract.ocr;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One open PDF, for OCR: how much of each page is picture, and each page's text as Tesseract reads
 * it. Pages are drawn one at a time (PDFBox's renderer is not thread-safe) in grey, about
 * {@value #WIDTH} px wide whatever the page's size in points (a 1920-point slide at 300 DPI would be
 * 8,000 px and take seconds to read for nothing), and recognised by up to {@code threads} Tesseract
 * processes at once.
 */
final class PdfOcr implements AutoCloseable {
  static final int WIDTH = 2000;
  static final int MAX_HEIGHT = 4000;
  private static final int MAX_PAGE_CHARACTERS = 20_000;
  /** A picture this much of the page or more, drawn before the text, is the page's background. */
  static final double BACKGROUND_SHARE = 0.9;
  static final int TEMPLATE_MIN_PAGES = 3;

  /** A drawn page and its resolution in dots per inch (72 points to the inch). */
  private record Drawing(BufferedImage image, int dpi) {}

  /** What OCR made of one page: its text, or why it failed. */
  record Reading(String text, String failure) {
    boolean failed() {
      return !failure.isEmpty();
    }
  }

  private final PDDocument document;
  private final PDFRenderer renderer;
  private final PdfPageScan scan = new PdfPageScan();
  private final Map<Integer, List<PdfPageScan.Picture>> pictures = new HashMap<>();
  private Map<String, Integer> pagesPerPicture;

  PdfOcr(Path file) throws IOException {
    this.document = Loader.loadPDF(file.toFile());
    this.renderer = new PDFRenderer(document);
    // Pictures scaled without interpolation come out jagged, and Tesseract misreads jagged Han.
    RenderingHints quality = new RenderingHints(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    quality.put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    quality.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    renderer.setRenderingHints(quality);
  }

  int pageCount() {
    return document.getNumberOfPages();
  }

  /**
   * The share of page {@code number} (1-based) covered by its own pictures, 0..1 (overlaps count
   * twice, which errs towards "mostly a picture"); 0 when it cannot be told. A template's pictures
   * are not the page's own: one that the deck repeats on many pages (a logo, a frame, a background),
   * or a picture that fills the page and is drawn before any text (a background the text sits on).
   */
  double ownPictureCoverage(int number) {
    if (number > document.getNumberOfPages()) {
      return 0;
    }
    double share = 0;
    for (PdfPageScan.Picture picture : pictures(number - 1)) {
      boolean background = picture.share() >= BACKGROUND_SHARE && !picture.overText();
      if (!background && !template(picture.key())) {
        share += picture.share();
      }
    }
    return Math.min(1, share);
  }

  private List<PdfPageScan.Picture> pictures(int index) {
    return pictures.computeIfAbsent(index, i -> {
      try {
        return scan.pictures(document.getPage(i));
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    });
  }

  /** Whether the deck repeats the picture on {@value #TEMPLATE_MIN_PAGES}+ pages and a third of them or more. */
  private boolean template(String key) {
    if (pagesPerPicture == null) {
      pagesPerPicture = new HashMap<>();
      int pages = Math.min(document.getNumberOfPages(), PageOcr.MAX_PAGES);
      for (int i = 0; i < pages; i++) {
        pictures(i).stream().map(PdfPageScan.Picture::key).distinct().forEach(k -> pagesPerPicture.merge(k, 1, Integer::sum));
      }
    }
    int on = pagesPerPicture.getOrDefault(key, 0);
    return on >= TEMPLATE_MIN_PAGES && on * 3 >= Math.min(document.getNumberOfPages(), PageOcr.MAX_PAGES);
  }

  /**
   * Reads {@code pages} (1-based numbers); {@code done} is told after each one. A page that cannot
   * be drawn or read gets a failure, never an exception.
   */
  Map<Integer, Reading> read(Iterable<Integer> pages, Tesseract tesseract, OcrSettings settings, Runnable done) {
    Map<Integer, Reading> readings = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    Semaphore inFlight = new Semaphore(settings.threads());
    try {
      for (int number : pages) {
        Optional<Drawing> image = draw(number, readings);
        if (image.isEmpty()) {
          continue;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            readings.put(number, recognise(tesseract, image.get(), settings));
            done.run();
          } finally {
            inFlight.release();
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    return readings;
  }

  private Optional<Drawing> draw(int number, Map<Integer, Reading> readings) {
    try {
      PDPage page = document.getPage(number - 1);
      PDRectangle box = page.getCropBox();
      boolean turned = page.getRotation() % 180 != 0;
      double width = turned ? box.getHeight() : box.getWidth();
      double height = turned ? box.getWidth() : box.getHeight();
      float scale = (float) Math.min(WIDTH / Math.max(1, width), MAX_HEIGHT / Math.max(1, height));
      return Optional.of(new Drawing(renderer.renderImage(number - 1, scale, ImageType.GRAY), Math.round(scale * 72)));
    } catch (IOException | RuntimeException e) {
      readings.put(number, new Reading("", "the page could not be drawn: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static Reading recognise(Tesseract tesseract, Drawing page, OcrSettings settings) {
    try {
      String text = OcrText.clean(tesseract.recognise(page.image(), page.dpi(), settings.pageTimeout()));
      return new Reading(text.length() > MAX_PAGE_CHARACTERS ? text.substring(0, MAX_PAGE_CHARACTERS) : text, "");
    } catch (TimeoutException e) {
      return new Reading("", "timeout after " + settings.pageTimeout().toSeconds() + " s");
    } catch (IOException | RuntimeException e) {
      return new Reading("", String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
