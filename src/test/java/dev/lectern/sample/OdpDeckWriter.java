package dev.lectern.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a deck as an OpenDocument presentation by hand: a zip whose first entry is the uncompressed
 * {@code mimetype}, then the manifest, {@code content.xml} with one {@code draw:page} per slide (a
 * title frame and an outline frame), {@code meta.xml} with title and author, and a minimal
 * {@code styles.xml} that only defines the 16:9 page.
 */
public final class OdpDeckWriter implements DeckWriter {

  private static final String MIME_TYPE = "application/vnd.oasis.opendocument.presentation";
  private static final String NAMESPACES = String.join(" ", "",
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
      "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
      "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"",
      "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\"",
      "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"",
      "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
      "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"",
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
      "office:version=\"1.3\"");

  @Override
  public void write(SampleDeck deck, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        FixedTimeZip zip = new FixedTimeZip(out, FIXED_TIME)) {
      zip.stored("mimetype", MIME_TYPE.getBytes(UTF_8));
      zip.deflated("META-INF/manifest.xml", manifest().getBytes(UTF_8));
      zip.deflated("content.xml", content(deck).getBytes(UTF_8));
      zip.deflated("styles.xml", styles().getBytes(UTF_8));
      zip.deflated("meta.xml", meta(deck).getBytes(UTF_8));
    }
  }

  private static String manifest() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
        manifest:version="1.3">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """.formatted(MIME_TYPE);
  }

  private static String content(SampleDeck deck) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<office:document-content").append(NAMESPACES).append(">\n")
        .append(" <office:body>\n  <office:presentation>\n");
    int number = 1;
    for (SampleSlide slide : deck.slides()) {
      if (slide.hasNotes()) {
        throw new IllegalArgumentException("ODP decks are written without notes: " + slide.heading());
      }
      xml.append("   <draw:page draw:name=\"page").append(number++)
          .append("\" draw:master-page-name=\"Default\">\n")
          .append("    <draw:frame presentation:class=\"title\" svg:x=\"1.5cm\" svg:y=\"0.8cm\"")
          .append(" svg:width=\"25cm\" svg:height=\"2.6cm\">\n     <draw:text-box><text:p>")
          .append(escape(slide.heading())).append("</text:p></draw:text-box>\n    </draw:frame>\n")
          .append("    <draw:frame presentation:class=\"outline\" svg:x=\"1.5cm\" svg:y=\"3.8cm\"")
          .append(" svg:width=\"25cm\" svg:height=\"10.5cm\">\n     <draw:text-box>\n");
      // No whitespace inside the list: Tika would report it as text between the items.
      xml.append("      <text:list>");
      for (String bullet : slide.bullets()) {
        xml.append("<text:list-item><text:p>").append(escape(bullet)).append("</text:p></text:list-item>");
      }
      xml.append("</text:list>\n");
      xml.append("     </draw:text-box>\n    </draw:frame>\n   </draw:page>\n");
    }
    return xml.append("  </office:presentation>\n </office:body>\n</office:document-content>\n")
        .toString();
  }

  private static String styles() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles%s>
         <office:automatic-styles>
          <style:page-layout style:name="PM1">
           <style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm" \
        style:print-orientation="landscape"/>
          </style:page-layout>
         </office:automatic-styles>
         <office:master-styles>
          <style:master-page style:name="Default" style:page-layout-name="PM1"/>
         </office:master-styles>
        </office:document-styles>
        """.formatted(NAMESPACES);
  }

  private static String meta(SampleDeck deck) {
    String date = FIXED_TIME.toString();
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta%s>
         <office:meta>
          <meta:generator>Lectern SampleArchiveGenerator</meta:generator>
          <dc:title>%s</dc:title>
          <meta:initial-creator>%s</meta:initial-creator>
          <dc:creator>%s</dc:creator>
          <meta:creation-date>%s</meta:creation-date>
          <dc:date>%s</dc:date>
         </office:meta>
        </office:document-meta>
        """.formatted(NAMESPACES, escape(deck.title()), escape(deck.author()),
            escape(deck.author()), date, date);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
