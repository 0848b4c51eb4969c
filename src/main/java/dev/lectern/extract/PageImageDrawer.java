package dev.lectern.extract;

import dev.lectern.extract.keynote.KeynoteLimits;
import dev.lectern.extract.keynote.KeynoteReader;
import dev.lectern.extract.keynote.KeynoteThumbnails;
import dev.lectern.model.DocumentFormat;
import dev.lectern.render.PageDrawer;
import dev.lectern.render.PageImage;
import dev.lectern.render.SlideRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page images as the extraction child draws them: Keynote 2013+ decks from the thumbnails saved
 * in their package (read with the Keynote reader, under the same limits as their text), every
 * other deck with the {@link SlideRenderer}.
 */
public final class PageImageDrawer implements PageDrawer {
  private static final Logger LOG = LoggerFactory.getLogger(PageImageDrawer.class);
  private static final int MAX_PAGES = 300;

  private final SlideRenderer renderer;
  private final KeynoteThumbnails keynote;

  public PageImageDrawer(SlideRenderer renderer, KeynoteLimits limits) {
    this.renderer = renderer;
    this.keynote = new KeynoteThumbnails(limits);
  }

  @Override
  public List<PageImage> render(Path file) {
    boolean key = DocumentFormat.ofFileName(String.valueOf(file.getFileName())).orElse(null) == DocumentFormat.KEY;
    if (!key || !KeynoteReader.isIwaPackage(file)) {
      return renderer.render(file);
    }
    try {
      List<PageImage> pngs = new ArrayList<>();
      for (BufferedImage image : keynote.render(file, MAX_PAGES, SlideRenderer.LARGE_WIDTH, SlideRenderer.LARGE_MAX_HEIGHT)) {
        pngs.add(image == null ? null : PageImage.of(image));
      }
      return pngs;
    } catch (IOException | RuntimeException e) {
      LOG.warn("no page images for {}: {}", file, e.toString());
      return List.of();
    }
  }
}
