package dev.lectern.extract.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a PDF whose slides are pictures of text, with no text layer at all: what a deck exported as
 * images, or a screenshot slide, looks like to an extractor. Chinese needs a CJK font from the
 * machine (fonts-noto-cjk); without one the test that asks for it is skipped, visibly.
 */
final class ImageOnlyDeck {
  private ImageOnlyDeck() {}

  /** A CJK font file found by fontconfig; skips the calling test when there is none. */
  static Font cjkFont() throws IOException, InterruptedException, FontFormatException {
    Process list = new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(true).start();
    String files = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    list.waitFor(10, TimeUnit.SECONDS);
    List<String> candidates = files.lines().map(l -> l.replaceAll(":\\s*$", "").strip())
        .filter(l -> l.endsWith(".ttc") || l.endsWith(".otf") || l.endsWith(".ttf"))
        .sorted(Comparator.comparing((String f) -> !f.contains("Sans")).thenComparing(f -> !f.contains("Regular")))
        .toList();
    assumeTrue(!candidates.isEmpty(), "no CJK font (fonts-noto-cjk) on this machine; skipping the Chinese slide");
    return Font.createFont(Font.TRUETYPE_FONT, Path.of(candidates.get(0)).toFile());
  }

  /** One 16:9 page per slide; each slide's lines drawn large, black on white, into one image. */
  static void write(Path pdf, Font font, List<List<String>> slides) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (List<String> lines : slides) {
        PDPage page = new PDPage(new PDRectangle(960, 540));
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document, draw(font, lines));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(image, 0, 0, 960, 540);
        }
      }
      document.save(pdf.toFile());
    }
  }

  private static BufferedImage draw(Font font, List<String> lines) {
    BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(font.deriveFont(Font.PLAIN, 48f));
    int y = 180;
    for (String line : lines) {
      g.drawString(line, 100, y);
      y += 90;
    }
    g.dispose();
    return image;
  }
}
