package dev.lectern.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Writes a deck as PPTX with Apache POI: each slide uses the default "Title and Content" layout, the
 * heading in the title placeholder and one paragraph per bullet in the body. Speaker notes go into the
 * body placeholder of the slide's notes page. POI stamps zip entries and core properties with the
 * clock, so both are fixed afterwards.
 */
public final class PptxDeckWriter implements DeckWriter {

  @Override
  public void write(SampleDeck deck, Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XMLSlideShow slideShow = new XMLSlideShow()) {
      XSLFSlideLayout layout =
          slideShow.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
      for (SampleSlide sample : deck.slides()) {
        XSLFSlide slide = slideShow.createSlide(layout);
        slide.getPlaceholder(0).setText(sample.heading());
        XSLFTextShape body = slide.getPlaceholder(1);
        body.clearText();
        for (String bullet : sample.bullets()) {
          body.addNewTextParagraph().addNewTextRun().setText(bullet);
        }
        if (sample.hasNotes()) {
          writeNotes(slideShow.getNotesSlide(slide), sample.notes());
        }
      }
      describe(slideShow.getProperties(), deck);
      removeThumbnail(slideShow.getPackage());
      slideShow.write(out);
    }
    Files.write(file, FixedTimeZip.repack(out.toByteArray(), FIXED_TIME));
  }

  /**
   * Puts the text into the notes body and drops the header, footer, date and slide-number
   * placeholders POI copies from its notes master, which would otherwise read as "1.7.2013" and "‹#›".
   */
  private static void writeNotes(XSLFNotes notes, String text) {
    boolean written = false;
    for (XSLFShape shape : List.copyOf(notes.getShapes())) {
      if (!(shape instanceof XSLFTextShape textShape)) {
        continue;
      }
      if (textShape.getTextType() == Placeholder.BODY) {
        textShape.setText(text);
        written = true;
      } else if (textShape.getTextType() != Placeholder.SLIDE_IMAGE) {
        notes.removeShape(shape);
      }
    }
    if (!written) {
      throw new IllegalStateException("notes page has no body placeholder");
    }
  }

  /** POI's template carries a thumbnail of an empty slide; it would misrepresent the deck. */
  private static void removeThumbnail(OPCPackage pkg) throws IOException {
    try {
      for (PackageRelationship relation :
          pkg.getRelationshipsByType(PackageRelationshipTypes.THUMBNAIL)) {
        pkg.removePart(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(
            PackagingURIHelper.PACKAGE_ROOT_URI, relation.getTargetURI())));
        pkg.removeRelationship(relation.getId());
      }
    } catch (InvalidFormatException e) {
      throw new IOException("cannot remove the template thumbnail", e);
    }
  }

  private static void describe(POIXMLProperties properties, SampleDeck deck) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    Optional<Date> date = Optional.of(Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC)));
    core.setTitle(deck.title());
    core.setCreator(deck.author());
    core.setLastModifiedByUser(deck.author());
    core.setCreated(date);
    core.setModified(date);
  }
}
