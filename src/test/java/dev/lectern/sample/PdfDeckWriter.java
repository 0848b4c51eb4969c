package dev.lectern.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a deck as a PDF with one 16:9 page per slide, using only the standard 14 fonts: nothing is
 * embedded, so files stay tiny, but the text must be Latin (WinAnsi); PDFBox refuses anything else.
 * A slide that would run off the page is an error rather than silently clipped text.
 */
public final class PdfDeckWriter implements DeckWriter {

  private static final PDRectangle PAGE = new PDRectangle(720, 405);
  private static final float MARGIN = 40;
  private static final float HEADING_SIZE = 24;
  private static final float BODY_SIZE = 15;
  private static final float LEADING = 1.35f;
  private static final String BULLET = "\u2022 ";

  @Override
  public void write(SampleDeck deck, Path file) throws IOException {
    try (PDDocument document = new PDDocument()) {
      // Fonts are per document: a font object shared between two documents garbles the second.
      Fonts fonts = new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
          new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      for (SampleSlide slide : deck.slides()) {
        if (slide.hasNotes()) {
          throw new IllegalArgumentException("PDF decks carry no speaker notes: " + slide.heading());
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        drawSlide(document, page, slide, fonts);
      }
      describe(document, deck);
      document.save(file.toFile());
    }
  }

  private static void drawSlide(PDDocument document, PDPage page, SampleSlide slide, Fonts fonts)
      throws IOException {
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      float y = PAGE.getHeight() - MARGIN - HEADING_SIZE;
      Line previous = null;
      for (Line line : layout(slide, fonts)) {
        if (previous != null) {
          boolean afterHeading = previous.font() == fonts.heading() && line.font() == fonts.body();
          y -= line.size() * LEADING + (afterHeading ? 14 : 0);
        }
        if (y < MARGIN) {
          throw new IllegalArgumentException("slide runs off the page: " + slide.heading());
        }
        content.beginText();
        content.setFont(line.font(), line.size());
        content.newLineAtOffset(MARGIN + line.indent(), y);
        content.showText(line.text());
        content.endText();
        previous = line;
      }
    }
  }

  /** The slide as wrapped lines: the heading first, then each bullet with a hanging indent. */
  private static List<Line> layout(SampleSlide slide, Fonts fonts) throws IOException {
    float width = PAGE.getWidth() - 2 * MARGIN;
    List<Line> lines = new ArrayList<>();
    for (String text : wrap(slide.heading(), fonts.heading(), HEADING_SIZE, width)) {
      lines.add(new Line(text, fonts.heading(), HEADING_SIZE, 0));
    }
    float indent = fonts.body().getStringWidth(BULLET) / 1000 * BODY_SIZE;
    for (String bullet : slide.bullets()) {
      List<String> wrapped = wrap(bullet, fonts.body(), BODY_SIZE, width - indent);
      lines.add(new Line(BULLET + wrapped.getFirst(), fonts.body(), BODY_SIZE, 0));
      for (String rest : wrapped.subList(1, wrapped.size())) {
        lines.add(new Line(rest, fonts.body(), BODY_SIZE, indent));
      }
    }
    return lines;
  }

  /** Greedy word wrap by measured width. */
  private static List<String> wrap(String text, PDType1Font font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  /** Title, author and fixed dates; a fixed file ID, or PDFBox would derive one from the clock. */
  private static void describe(PDDocument document, SampleDeck deck) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(deck.title());
    info.setAuthor(deck.author());
    info.setCreator("Lectern SampleArchiveGenerator");
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(FIXED_TIME.getYear(), FIXED_TIME.getMonthValue() - 1, FIXED_TIME.getDayOfMonth(),
        FIXED_TIME.getHour(), FIXED_TIME.getMinute());
    info.setCreationDate(date);
    info.setModificationDate(date);
    UUID digest = UUID.nameUUIDFromBytes(deck.title().getBytes(StandardCharsets.UTF_8));
    COSString id = new COSString(ByteBuffer.allocate(16)
        .putLong(digest.getMostSignificantBits()).putLong(digest.getLeastSignificantBits()).array());
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private record Fonts(PDType1Font heading, PDType1Font body) {}

  private record Line(String text, PDType1Font font, float size, float indent) {}
}
