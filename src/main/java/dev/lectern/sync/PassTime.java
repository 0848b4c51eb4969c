package dev.lectern.sync;

/**
 * How long one pass of the last reconciliation took over how many pages (slides, for embeddings):
 * what {@code index} prints and {@code /health} shows per pass.
 */
public record PassTime(int pages, long ms) {
  public PassTime {
    if (pages < 0 || ms < 0) {
      throw new IllegalArgumentException("pages and ms must be >= 0, were " + pages + " and " + ms);
    }
  }

  /** Pages per second of wall time; 0 for a pass that did nothing or took no measurable time. */
  public double pagesPerSecond() {
    return pages == 0 || ms == 0 ? 0 : pages * 1000.0 / ms;
  }
}
