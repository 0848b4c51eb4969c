package dev.lectern.render;

import java.nio.file.Path;

/**
 * The step after extraction that draws a file's page images. Kept apart from extraction so either
 * can move into a child process on its own; {@link #NONE} is for tools and tests that need no
 * images.
 */
public interface Thumbnailer {
  Thumbnailer NONE = new Thumbnailer() {
    @Override
    public boolean missing(String sha256) {
      return false;
    }

    @Override
    public void render(String sha256, Path file) {}
  };

  /** True when the images of this content have not been drawn yet. */
  boolean missing(String sha256);

  /** Draws and stores the images of {@code file}, whose content hash is {@code sha256}; never throws. */
  void render(String sha256, Path file);

  /** Records that this content gets no images, so it is not offered again. */
  default void skip(String sha256) {}
}
