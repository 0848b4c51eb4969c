package dev.lectern.extract.ocr;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
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
 * How much of a PDF page its pictures cover: the boxes of the images it draws, clipped to the page,
 * summed (overlaps count twice, which errs towards "mostly image") and capped at the page's area.
 */
final class PdfPageScan extends PDFStreamEngine {
  private double imageArea;
  private PDRectangle box;

  PdfPageScan() {
    addOperator(new Concatenate(this));
    addOperator(new DrawObject(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new SetMatrix(this));
  }

  /** The share of {@code page} covered by images, 0..1. */
  double imageCoverage(PDPage page) throws IOException {
    imageArea = 0;
    box = page.getCropBox();
    double pageArea = (double) box.getWidth() * box.getHeight();
    if (pageArea <= 0) {
      return 0;
    }
    processPage(page);
    return Math.min(1, imageArea / pageArea);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (OperatorName.DRAW_OBJECT.equals(operator.getName()) && !operands.isEmpty()
        && operands.get(0) instanceof COSName name) {
      PDResources resources = getResources();
      PDXObject object = resources == null ? null : resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        imageArea += clippedArea(getGraphicsState().getCurrentTransformationMatrix());
        return;
      }
      if (object instanceof PDFormXObject form) {
        showForm(form);
        return;
      }
    }
    super.processOperator(operator, operands);
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
