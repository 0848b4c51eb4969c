package dev.lectern.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the slides of an OpenDocument presentation. Tika's ODP output has no slide boundaries, so
 * this reads {@code content.xml} directly: one {@code draw:page} per slide, its
 * {@code presentation:notes} kept apart as speaker notes. Masters live in {@code styles.xml} and are
 * never read, so master footers are not repeated onto every slide. The events are replayed as the
 * XHTML that {@link PageCollector} understands, so one class owns page splitting and the cap.
 */
final class OdpSlideReader {
  private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  private static final String PRESENTATION =
      "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

  /** Feeds {@code collector} (in {@link PageCollector.Boundary#SLIDE_DIV} mode) the deck's slides. */
  void read(Path odp, PageCollector collector) throws IOException, SAXException {
    try (ZipFile zip = new ZipFile(odp.toFile())) {
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null) {
        throw new IOException("not an OpenDocument package: content.xml missing");
      }
      try (InputStream in = zip.getInputStream(content)) {
        XMLReader reader = hardenedReader();
        Translator translator = new Translator(collector);
        reader.setContentHandler(translator);
        // DefaultHandler's error methods throw quietly; the JDK default also prints to stderr.
        reader.setErrorHandler(translator);
        reader.parse(new InputSource(in));
      }
    }
  }

  private static XMLReader hardenedReader() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      // content.xml comes from an untrusted upload: no DTDs, no external entities, bounded expansion.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException e) {
      throw new SAXException("cannot configure a safe XML parser", e);
    }
  }

  /** Maps ODF elements onto the XHTML vocabulary Tika uses for PowerPoint. */
  private static final class Translator extends DefaultHandler {
    private final PageCollector out;
    private int altText;

    Translator(PageCollector out) {
      this.out = out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if (DRAW.equals(uri) && "page".equals(localName)) {
        out.startElement("", "div", "div", withClass("slide-content"));
      } else if (PRESENTATION.equals(uri) && "notes".equals(localName)) {
        out.startElement("", "div", "div", withClass("slide-notes"));
      } else if (TEXT.equals(uri) && ("p".equals(localName) || "h".equals(localName))) {
        out.startElement("", "p", "p", new AttributesImpl());
      } else if (TEXT.equals(uri) && ("s".equals(localName) || "tab".equals(localName))) {
        spaces(attributes);
      } else if (TEXT.equals(uri) && "line-break".equals(localName)) {
        out.startElement("", "br", "br", new AttributesImpl());
      } else if (SVG.equals(uri) && ("title".equals(localName) || "desc".equals(localName))) {
        // Alt text describes a shape; it is not what the audience read on the slide.
        altText++;
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (DRAW.equals(uri) && "page".equals(localName)
          || PRESENTATION.equals(uri) && "notes".equals(localName)) {
        out.endElement("", "div", "div");
      } else if (TEXT.equals(uri) && ("p".equals(localName) || "h".equals(localName))) {
        out.endElement("", "p", "p");
      } else if (TEXT.equals(uri) && "line-break".equals(localName)) {
        out.endElement("", "br", "br");
      } else if (SVG.equals(uri) && ("title".equals(localName) || "desc".equals(localName))) {
        altText--;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (altText == 0) {
        out.characters(ch, start, length);
      }
    }

    private void spaces(Attributes attributes) throws SAXException {
      String count = attributes.getValue(TEXT, "c");
      int n = 1;
      try {
        n = count == null ? 1 : Math.clamp(Integer.parseInt(count), 1, 8);
      } catch (NumberFormatException e) {
        n = 1;
      }
      out.characters(" ".repeat(n).toCharArray(), 0, n);
    }

    private static Attributes withClass(String cssClass) {
      AttributesImpl attributes = new AttributesImpl();
      attributes.addAttribute("", "class", "class", "CDATA", cssClass);
      return attributes;
    }
  }
}
