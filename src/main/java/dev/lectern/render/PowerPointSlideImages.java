package dev.lectern.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.SlideShowFactory;
import org.apache.poi.sl.usermodel.TextShape;

/**
 * PowerPoint slides (.pptx with XSLF, .ppt with HSLF) drawn by POI onto Java2D images; a slide that
 * cannot be drawn is a null entry, so the slides after it keep their numbers.
 */
final class PowerPointSlideImages {
  private PowerPointSlideImages() {}

  /**
   * The slides' images; throws {@link GlyphsMissingException} when a slide holds Chinese text and
   * {@code cjkFont} is false, since that slide would be drawn with boxes.
   */
  static List<BufferedImage> render(Path file, int maxPages, boolean cjkFont) throws IOException {
    try (SlideShow<?, ?> show = SlideShowFactory.create(file.toFile(), null, true)) {
      Dimension size = show.getPageSize();
      float scale = SlideRenderer.scale(size.getWidth(), size.getHeight());
      int width = Math.max(1, Math.round(size.width * scale));
      int height = Math.max(1, Math.round(size.height * scale));
      List<? extends Slide<?, ?>> slides = show.getSlides();
      List<BufferedImage> images = new ArrayList<>();
      for (int i = 0; i < slides.size() && i < maxPages; i++) {
        if (!cjkFont && CjkFont.needsCjk(text(slides.get(i).getShapes()))) {
          throw new GlyphsMissingException(file, i + 1);
        }
        try {
          images.add(draw(slides.get(i), width, height, scale));
        } catch (RuntimeException | LinkageError e) {
          // One slide POI cannot draw (an SVG picture needs Batik, which is not bundled) costs
          // that slide's image only; the UI shows its text instead.
          images.add(null);
        }
      }
      return images;
    }
  }

  private static BufferedImage draw(Slide<?, ?> slide, int width, int height, float scale) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      // Slides without a background fill are white in PowerPoint, not the image's black.
      graphics.setPaint(Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      graphics.scale(scale, scale);
      TextFit.apply(slide.getShapes(), graphics);
      slide.draw(graphics);
    } finally {
      graphics.dispose();
    }
    return image;
  }

  /** The text of every text shape, groups included, for the font check. */
  private static String text(List<? extends Shape<?, ?>> shapes) {
    StringBuilder text = new StringBuilder();
    for (Shape<?, ?> shape : shapes) {
      if (shape instanceof TextShape<?, ?> box) {
        text.append(box.getText()).append('\n');
      } else if (shape instanceof GroupShape<?, ?> group) {
        text.append(text(group.getShapes()));
      }
    }
    return text.toString();
  }
}
