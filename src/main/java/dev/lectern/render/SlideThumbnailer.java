package dev.lectern.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Draws page images with a {@link PageDrawer} and keeps them in a {@link ThumbnailStore}. */
public final class SlideThumbnailer implements Thumbnailer {
  private static final Logger LOG = LoggerFactory.getLogger(SlideThumbnailer.class);

  private final PageDrawer renderer;
  private final ThumbnailStore store;

  public SlideThumbnailer(PageDrawer renderer, ThumbnailStore store) {
    this.renderer = renderer;
    this.store = store;
  }

  @Override
  public boolean missing(String sha256) {
    return !sha256.isEmpty() && !store.has(sha256);
  }

  @Override
  public void skip(String sha256) {
    try {
      store.put(sha256, List.of());
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not record that {} has no thumbnails: {}", sha256, e.toString());
    }
  }

  @Override
  public void render(String sha256, Path file) {
    if (!missing(sha256)) {
      return;
    }
    List<PageImage> pngs = renderer.render(file);
    if (pngs == null) {
      return; // drawn with boxes for missing glyphs: left uncached so a run with the font draws it
    }
    try {
      store.put(sha256, pngs);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not store thumbnails of {}: {}", file, e.toString());
    }
  }
}
