package dev.lectern.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * PowerPoint shrinks a title, and any box set to "shrink text on overflow", until its text fits;
 * it saves the scale it chose, but files written by other tools (or edited since) often do not,
 * and POI then draws the text at full size, spilling wrapped lines over the slide and off the
 * image. Before a slide is drawn, such a box whose text is taller than the box has its font sizes
 * scaled down, in steps, until the text fits (down to {@value #MIN_POINTS} pt). Only the
 * in-memory slide changes; the file is opened read-only.
 */
final class TextFit {
  /** Below this a shrunk text is unreadable on a thumbnail anyway: stop there. */
  static final double MIN_POINTS = 6;
  private static final int MAX_STEPS = 12;
  private static final double DEFAULT_POINTS = 18;

  private TextFit() {}

  /** Shrinks the text of the slide's titles and shrink-on-overflow boxes that do not fit. */
  static void apply(List<? extends Shape<?, ?>> shapes, Graphics2D graphics) {
    for (Shape<?, ?> shape : shapes) {
      if (shape instanceof TextShape<?, ?> text && shrinks(text)) {
        fit(text, graphics);
      }
    }
  }

  private static boolean shrinks(TextShape<?, ?> text) {
    Placeholder placeholder = text.getPlaceholder();
    return placeholder == Placeholder.TITLE || placeholder == Placeholder.CENTERED_TITLE
        || text instanceof XSLFTextShape x && x.getTextAutofit() == TextShape.TextAutofit.NORMAL;
  }

  private static void fit(TextShape<?, ?> text, Graphics2D graphics) {
    Rectangle2D anchor = text.getAnchor();
    Insets2D insets = text.getInsets();
    double room = anchor.getHeight() - insets.top - insets.bottom;
    if (room <= 0 || text.getText() == null || text.getText().isBlank()) {
      return;
    }
    double height = text.getTextHeight(graphics);
    for (int step = 0; step < MAX_STEPS && height > room; step++) {
      // Wrapped text loses lines as it shrinks, so its height falls faster than the font size:
      // the square root approaches the fit from above without overshooting much.
      if (!scale(text, Math.max(0.5, Math.min(0.95, Math.sqrt(room / height))))) {
        return;
      }
      height = text.getTextHeight(graphics);
    }
  }

  /** Scales every run's font size; false when the text is already at the smallest size. */
  private static boolean scale(TextShape<?, ?> text, double factor) {
    boolean changed = false;
    for (TextParagraph<?, ?, ?> paragraph : text.getTextParagraphs()) {
      for (TextRun run : paragraph.getTextRuns()) {
        Double size = run.getFontSize();
        double points = size == null ? DEFAULT_POINTS : size;
        double smaller = Math.max(MIN_POINTS, points * factor);
        if (smaller < points) {
          run.setFontSize(smaller);
          changed = true;
        }
      }
    }
    return changed;
  }
}
