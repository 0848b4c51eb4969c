package dev.lectern.extract.keynote;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Page images of a Keynote 2013+ deck: the slide thumbnails Keynote saves inside the package
 * ({@code Data/st-…-<id>.jpg}, one per slide node), scaled to the page-image width. Nothing is drawn
 * from the slide model; a slide without a thumbnail is a null entry and gets a text card. An image
 * is decoded only after its header says it is of sane size, and subsampled while it is decoded.
 */
public final class KeynoteThumbnails {
  /** Keynote's thumbnails are a few hundred pixels wide; anything near this is not a thumbnail. */
  private static final int MAX_SIDE = 8192;

  private final KeynoteReader reader;

  public KeynoteThumbnails(KeynoteLimits limits) {
    this.reader = new KeynoteReader(limits);
  }

  /** Images of slides 1..n (n at most {@code maxPages}), null where a slide has no usable thumbnail. */
  public List<BufferedImage> render(Path file, int maxPages, int width, int maxHeight) throws IOException {
    List<KeynoteSlide> slides = reader.read(file).slides();
    List<BufferedImage> images = new ArrayList<>();
    for (int i = 0; i < slides.size() && i < maxPages; i++) {
      Optional<byte[]> bytes = reader.thumbnail(file, slides.get(i).thumbnail());
      images.add(bytes.isEmpty() ? null : decode(bytes.get(), width, maxHeight));
    }
    return images;
  }

  /** The image scaled to {@code width} (capped at {@code maxHeight}); null when it is not a sane image. */
  static BufferedImage decode(byte[] bytes, int width, int maxHeight) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE) {
          return null;
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, w / (2 * width));
        param.setSourceSubsampling(step, step, 0, 0);
        return scale(reader.read(0, param), width, maxHeight);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null; // a damaged thumbnail costs its page image only
    }
  }

  private static BufferedImage scale(BufferedImage source, int width, int maxHeight) {
    double factor = Math.min((double) width / source.getWidth(), (double) maxHeight / source.getHeight());
    int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      graphics.drawImage(source, 0, 0, w, h, null);
    } finally {
      graphics.dispose();
    }
    return image;
  }
}
