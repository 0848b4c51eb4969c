package dev.lectern.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Tiny documents generated per test, so each fixture holds exactly the facts a test pins. */
public final class Fixtures {
  private Fixtures() {}

  /** A PDF with one page per entry; a null or empty entry makes a page without text, a newline a new line. */
  public static Path pdf(Path file, List<String> pageTexts, String userPassword) throws IOException {
    try (PDDocument document = textPdf(pageTexts)) {
      if (userPassword != null) {
        document.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** A one-page PDF in memory (an upload's body, a file to drop in an archive), one line per argument. */
  public static byte[] pdfBytes(String... lines) throws IOException {
    try (PDDocument document = textPdf(List.of(String.join("\n", lines)));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.save(out);
      return out.toByteArray();
    }
  }

  private static PDDocument textPdf(List<String> pageTexts) throws IOException {
    PDDocument document = new PDDocument();
    try {
      for (String text : pageTexts) {
        PDPage page = new PDPage();
        document.addPage(page);
        if (text == null || text.isEmpty()) {
          continue;
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
          content.newLineAtOffset(72, 700);
          for (String line : text.split("\n")) {
            content.showText(line);
            content.newLineAtOffset(0, -24);
          }
          content.endText();
        }
      }
      return document;
    } catch (IOException | RuntimeException e) {
      document.close();
      throw e;
    }
  }

  /** A PPTX with one text box per slide; a non-null note becomes that slide's speaker notes. */
  public static Path pptx(Path file, List<String> slideTexts, List<String> notes) throws IOException {
    try (XMLSlideShow deck = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < slideTexts.size(); i++) {
        XSLFSlide slide = deck.createSlide();
        slide.createTextBox().setText(slideTexts.get(i));
        if (notes.get(i) != null) {
          for (XSLFTextShape shape : deck.getNotesSlide(slide).getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
              shape.setText(notes.get(i));
            }
          }
        }
      }
      deck.write(out);
    }
    return file;
  }

  /** An ODP whose content.xml is written by hand: one draw:page per slide, notes optional. */
  public static Path odp(Path file, List<String> slideTexts, List<String> notes) throws IOException {
    StringBuilder pages = new StringBuilder();
    for (int i = 0; i < slideTexts.size(); i++) {
      pages.append("<draw:page draw:name=\"page").append(i + 1).append("\">")
          .append("<draw:frame><draw:text-box><text:p>").append(slideTexts.get(i))
          .append("</text:p></draw:text-box><svg:title>alt text of a frame</svg:title></draw:frame>");
      if (notes.get(i) != null) {
        pages.append("<presentation:notes><draw:frame><draw:text-box><text:p>")
            .append(notes.get(i)).append("</text:p></draw:text-box></draw:frame></presentation:notes>");
      }
      pages.append("</draw:page>");
    }
    String content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content
          xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
          xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
          xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
          office:version="1.2"><office:body><office:presentation>
          <presentation:footer-decl presentation:name="ftr1">Footer outside any slide</presentation:footer-decl>
          %s</office:presentation></office:body></office:document-content>
        """.formatted(pages).strip();
    String manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
         <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """.strip();
    return zip(file, "application/vnd.oasis.opendocument.presentation", content, manifest);
  }

  private static Path zip(Path file, String mimetype, String content, String manifest) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      // ODF requires "mimetype" first and stored uncompressed; that is how detectors recognise it.
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
