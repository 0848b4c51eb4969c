package dev.lectern.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;

/**
 * One page as PNG twice: a thumbnail for lists and the talk page, and a large image for the slide
 * viewer. Both come from one drawing at the large size, so a page is drawn (the slow part) once.
 */
public record PageImage(byte[] thumbnail, byte[] large) {
  public PageImage {
    Objects.requireNonNull(thumbnail, "thumbnail");
    Objects.requireNonNull(large, "large");
  }

  /** Both sizes of a page drawn at (or below) the large size; never enlarges it. */
  public static PageImage of(BufferedImage drawn) throws IOException {
    BufferedImage large = fit(drawn, SlideRenderer.LARGE_WIDTH, SlideRenderer.LARGE_MAX_HEIGHT);
    BufferedImage thumbnail = fit(large, SlideRenderer.WIDTH, SlideRenderer.MAX_HEIGHT);
    return new PageImage(SlideRenderer.png(thumbnail), SlideRenderer.png(large));
  }

  /**
   * {@code image} shrunk to fit {@code width} × {@code maxHeight}, in halving steps first: one big
   * bilinear step skips pixels and makes thin text ragged.
   */
  static BufferedImage fit(BufferedImage image, int width, int maxHeight) {
    double factor = Math.min(1.0, Math.min((double) width / image.getWidth(), (double) maxHeight / image.getHeight()));
    int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
    BufferedImage current = image;
    while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
      current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
    }
    return current.getWidth() == w && current.getHeight() == h ? current : resize(current, w, h);
  }

  private static BufferedImage resize(BufferedImage source, int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.drawImage(source, 0, 0, w, h, null);
    } finally {
      graphics.dispose();
    }
    return image;
  }
}
