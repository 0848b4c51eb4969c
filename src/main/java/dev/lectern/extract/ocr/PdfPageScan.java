package dev.lectern.extract.ocr;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The pictures a PDF page draws: for each, which image it is (its pixel size and byte length, so
 * that a template's picture embedded once per page is still recognised as one), the share of the
 * page its box covers (clipped to the page), and whether any text was drawn before it (a picture
 * drawn first sits behind the text: a background).
 */
final class PdfPageScan extends PDFStreamEngine {
  /** One picture drawn on a page. */
  record Picture(String key, double share, boolean overText) {}

  private final List<Picture> pictures = new ArrayList<>();
  private boolean textShown;
  private PDRectangle box;

  private static final Set<String> TEXT_SHOWING = Set.of(OperatorName.SHOW_TEXT, OperatorName.SHOW_TEXT_ADJUSTED,
      OperatorName.SHOW_TEXT_LINE, OperatorName.SHOW_TEXT_LINE_AND_SPACE);

  private static final long CHECKSUMMED_BYTES = 8L << 20;

  PdfPageScan() {
    addOperator(new Concatenate(this));
    addOperator(new DrawObject(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new SetMatrix(this));
  }

  /** The pictures {@code page} draws, in drawing order. */
  List<Picture> pictures(PDPage page) throws IOException {
    pictures.clear();
    textShown = false;
    box = page.getCropBox();
    if ((double) box.getWidth() * box.getHeight() <= 0) {
      return List.of();
    }
    processPage(page);
    return List.copyOf(pictures);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    String op = operator.getName();
    if (TEXT_SHOWING.contains(op)) {
      textShown = true;
      return;
    }
    if (OperatorName.DRAW_OBJECT.equals(op) && !operands.isEmpty()
        && operands.get(0) instanceof COSName name) {
      PDResources resources = getResources();
      PDXObject object = resources == null ? null : resources.getXObject(name);
      if (object instanceof PDImageXObject image) {
        double pageArea = (double) box.getWidth() * box.getHeight();
        String key = key(image);
        pictures.add(new Picture(key, clippedArea(getGraphicsState().getCurrentTransformationMatrix()) / pageArea,
            textShown));
        return;
      }
      if (object instanceof PDFormXObject form) {
        showForm(form);
        return;
      }
    }
    super.processOperator(operator, operands);
  }

  /**
   * Which picture this is, by content: exporters often embed a template's picture once per page. Its
   * encoded bytes are checksummed up to {@value #CHECKSUMMED_BYTES}; beyond that, size and length tell.
   */
  private static String key(PDImageXObject image) throws IOException {
    long length = image.getCOSObject().getLength();
    String shape = image.getWidth() + "x" + image.getHeight() + ":" + length;
    if (length > CHECKSUMMED_BYTES) {
      return shape;
    }
    CRC32 crc = new CRC32();
    try (InputStream raw = image.getCOSObject().createRawInputStream()) {
      crc.update(raw.readAllBytes());
    }
    return shape + ":" + Long.toHexString(crc.getValue());
  }

  /** An image fills the unit square under the current matrix: its bounding box on the page. */
  private double clippedArea(Matrix ctm) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int corner = 0; corner < 4; corner++) {
      Point2D.Float p = ctm.transformPoint(corner % 2, corner / 2);
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    double width = Math.min(maxX, box.getUpperRightX()) - Math.max(minX, box.getLowerLeftX());
    double height = Math.min(maxY, box.getUpperRightY()) - Math.max(minY, box.getLowerLeftY());
    return width <= 0 || height <= 0 ? 0 : width * height;
  }
}
