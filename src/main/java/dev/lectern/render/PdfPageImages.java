package dev.lectern.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** PDF pages drawn with PDFBox, each scaled to the large image's width. */
final class PdfPageImages {
  private PdfPageImages() {}

  static List<BufferedImage> render(Path file, int maxPages) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      PDFRenderer renderer = new PDFRenderer(document);
      // Even the large image is screen-sized: subsampling big embedded images is much faster and looks the same.
      renderer.setSubsamplingAllowed(true);
      int pages = Math.min(document.getNumberOfPages(), maxPages);
      List<BufferedImage> images = new ArrayList<>(pages);
      for (int i = 0; i < pages; i++) {
        PDPage page = document.getPage(i);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float scale = SlideRenderer.scale(turned ? box.getHeight() : box.getWidth(),
            turned ? box.getWidth() : box.getHeight());
        images.add(renderer.renderImage(i, scale, ImageType.RGB));
      }
      return images;
    }
  }
}
