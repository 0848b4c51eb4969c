package dev.lectern.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Mostly a picture" counts a page's own pictures: a background the text sits on and a template's
 * picture the deck repeats are not what the slide shows, and reading them with OCR finds nothing new.
 */
class PictureShareTest {
  private static final float W = 960;
  private static final float H = 540;

  @Test
  void backgroundsAndRepeatedTemplatePicturesAreNotThePagesOwn(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("deck.pdf");
    try (PDDocument document = new PDDocument()) {
      PDImageXObject decoration = image(document, Color.ORANGE);
      // 1: a background of its own under the title; 2: a screenshot besides; 3, 4: title only.
      page(document, image(document, Color.DARK_GRAY), decoration, null);
      page(document, null, decoration, image(document, Color.BLUE));
      page(document, null, decoration, null);
      page(document, null, decoration, null);
      document.save(pdf.toFile());
    }
    try (PdfOcr deck = new PdfOcr(pdf)) {
      assertThat(deck.ownPictureCoverage(1)).as("background and template picture").isZero();
      assertThat(deck.ownPictureCoverage(2)).as("the screenshot").isCloseTo(0.6, within(0.01));
      assertThat(deck.ownPictureCoverage(3)).isZero();
      assertThat(deck.ownPictureCoverage(4)).isZero();
    }
  }

  @Test
  void aFullPagePictureDrawnOverTheTextIsThePagesOwn(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("screenshot.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(W, H));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        title(content);
        content.drawImage(image(document, Color.BLUE), 0, 0, W, H);
      }
      document.save(pdf.toFile());
    }
    try (PdfOcr deck = new PdfOcr(pdf)) {
      assertThat(deck.ownPictureCoverage(1)).isCloseTo(1.0, within(0.01));
    }
  }

  /** A page: {@code background} over the whole page first, the title, then the others at 60% of the page. */
  private static void page(PDDocument document, PDImageXObject background, PDImageXObject decoration,
      PDImageXObject screenshot) throws IOException {
    PDPage page = new PDPage(new PDRectangle(W, H));
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      if (background != null) {
        content.drawImage(background, 0, 0, W, H);
      }
      title(content);
      content.drawImage(decoration, 0, 0, W, H * 0.6f);
      if (screenshot != null) {
        content.drawImage(screenshot, 0, H * 0.4f, W, H * 0.6f);
      }
    }
  }

  private static void title(PDPageContentStream content) throws IOException {
    content.beginText();
    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 32);
    content.newLineAtOffset(60, H - 80);
    content.showText("Flamegraphs");
    content.endText();
  }

  private static PDImageXObject image(PDDocument document, Color color) throws IOException {
    BufferedImage picture = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 64, 36);
    g.dispose();
    return LosslessFactory.createFromImage(document, picture);
  }
}
