package dev.lectern.render;

import java.nio.file.Path;
import java.util.List;

/** Draws the page images of one file, wherever that happens (this JVM or an isolated child). */
public interface PageDrawer {
  /**
   * The images of pages 1..n, in order, with null for a page that could not be drawn; empty when the
   * file has no pages or cannot be drawn at all. Null when they cannot be drawn faithfully on this
   * machine now (text no installed font can draw): nothing is cached, so a later run draws them.
   * Never throws for a bad file.
   */
  List<PageImage> render(Path file);
}
