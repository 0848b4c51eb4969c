package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PPTX title too long for its box is drawn inside it: no ink outside the title placeholder (with
 * a few pixels for anti-aliasing), where POI alone spills the wrapped lines over the slide's edges.
 */
class LongTitleTest {
  private static final String LONG_TITLE = "How a small meetup archive grew into a searchable library of every slide ever shown, "
      + "with optical character recognition for screenshots, native Keynote reading, isolated rendering, "
      + "and a great many lessons learned along the way about fonts, layouts and exported decks";

  @TempDir Path dir;

  @Test
  void aLongTitleIsShrunkToFitItsBox() throws Exception {
    Path file = dir.resolve("long-title.pptx");
    Rectangle2D box;
    double pageWidth;
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
      XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
      XSLFTextShape title = slide.getPlaceholder(0);
      title.setText(LONG_TITLE);
      box = title.getAnchor();
      pageWidth = show.getPageSize().getWidth();
      show.write(out);
    }
    List<BufferedImage> images = PowerPointSlideImages.render(file, 1, true);
    BufferedImage image = images.get(0);
    double scale = image.getWidth() / pageWidth;
    Rectangle inside = new Rectangle((int) Math.floor(box.getX() * scale) - 3, (int) Math.floor(box.getY() * scale) - 3,
        (int) Math.ceil(box.getWidth() * scale) + 6, (int) Math.ceil(box.getHeight() * scale) + 6);
    int insideInk = 0;
    int outsideInk = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        boolean ink = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 3 * 160;
        if (ink && inside.contains(x, y)) {
          insideInk++;
        } else if (ink) {
          outsideInk++;
        }
      }
    }
    assertThat(insideInk).as("the title is drawn").isGreaterThan(500);
    assertThat(outsideInk).as("ink outside the title box %s of a %dx%d image", inside, image.getWidth(), image.getHeight())
        .isZero();
  }
}
