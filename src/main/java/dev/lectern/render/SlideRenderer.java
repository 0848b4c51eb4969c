package dev.lectern.render;

import dev.lectern.model.DocumentFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one page image (thumbnail and large, see {@link PageImage}) per page or slide of a deck: PDF with PDFBox, PowerPoint with POI, and
 * OpenDocument or Keynote through LibreOffice when it is installed. Notes documents and formats it
 * cannot draw give no images (the UI then shows the page's text instead). Never throws: a file it
 * cannot draw is simply a file without thumbnails.
 *
 * <p>Rendering parses the file in the JVM it runs in: Lectern runs it in the isolated extraction
 * child (see {@code ChildProcessExtractor}), never in the server.
 */
public final class SlideRenderer implements PageDrawer {
  private static final Logger LOG = LoggerFactory.getLogger(SlideRenderer.class);

  /** Thumbnail width in pixels: sharp at the UI's 20rem slide column on a 1.5x screen. */
  public static final int WIDTH = 480;
  /** A portrait page is capped at this height, so a long page cannot become a huge image. */
  public static final int MAX_HEIGHT = 960;
  /**
   * Width of the slide viewer's image: a laptop screen's viewer area, or a phone's width at 3x;
   * pages are drawn at this size and the thumbnail is shrunk from it.
   */
  public static final int LARGE_WIDTH = 1280;
  /** The large image's height cap for portrait pages. */
  public static final int LARGE_MAX_HEIGHT = 1600;

  private final int maxPages;
  private final Optional<OfficeConverter> office;
  private final boolean cjkFont;

  public SlideRenderer(int maxPages, Optional<OfficeConverter> office) {
    this(maxPages, office, CjkFont.available());
  }

  /** {@code cjkFont}: whether a font on this machine draws Chinese (see {@link CjkFont}). */
  public SlideRenderer(int maxPages, Optional<OfficeConverter> office, boolean cjkFont) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    this.maxPages = maxPages;
    this.office = office;
    this.cjkFont = cjkFont;
    // Rendering needs Java2D but never a display; without this a server with DISPLAY unset fails.
    System.setProperty("java.awt.headless", "true");
  }

  /** 300 pages at most; LibreOffice when {@code soffice} is on the PATH. */
  public static SlideRenderer standard() {
    return new SlideRenderer(300, OfficeConverter.onPath());
  }

  @Override
  public List<PageImage> render(Path file) {
    Optional<DocumentFormat> format = DocumentFormat.ofFileName(file.getFileName().toString());
    if (format.isEmpty() || !format.get().isDeck()) {
      return List.of();
    }
    try {
      List<BufferedImage> images = switch (format.get()) {
        case PDF -> PdfPageImages.render(file, maxPages);
        case PPTX, PPSX, PPT -> PowerPointSlideImages.render(file, maxPages, cjkFont);
        case ODP, KEY -> office.map(o -> o.viaPdf(file, pdf -> PdfPageImages.render(pdf, maxPages)))
            .orElse(List.of());
        default -> List.of();
      };
      List<PageImage> pngs = new ArrayList<>(images.size());
      for (BufferedImage image : images) {
        pngs.add(image == null ? null : PageImage.of(image));
      }
      return pngs;
    } catch (GlyphsMissingException e) {
      LOG.warn("page images of {} left undrawn: {}", file, e.getMessage());
      return null;
    } catch (IOException | RuntimeException | OutOfMemoryError | LinkageError e) {
      // OutOfMemoryError: a page too large to draw must not take the indexer down with it.
      LOG.warn("no thumbnails for {}: {}", file, e.toString());
      return List.of();
    }
  }

  public static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer available");
    }
    return out.toByteArray();
  }

  /** The scale that makes a page {@link #LARGE_WIDTH} wide, unless that would exceed {@link #LARGE_MAX_HEIGHT}. */
  static float scale(double width, double height) {
    if (width <= 0 || height <= 0) {
      return 1f;
    }
    return (float) Math.min(LARGE_WIDTH / width, LARGE_MAX_HEIGHT / height);
  }
}
