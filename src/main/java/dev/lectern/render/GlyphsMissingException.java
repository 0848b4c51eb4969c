package dev.lectern.render;

import java.nio.file.Path;

/** A page's text needs glyphs no installed font has: its image would show boxes, so none is drawn. */
public final class GlyphsMissingException extends RuntimeException {
  public GlyphsMissingException(Path file, int page) {
    super("page " + page + " of " + file.getFileName() + " has Chinese text and no installed font draws it");
  }
}
