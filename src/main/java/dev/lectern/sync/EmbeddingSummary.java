package dev.lectern.sync;

/**
 * One embedding pass: talks written with vectors, slides embedded by the model now or found in the
 * cache, talks skipped (re-indexed meanwhile, or their extraction is not cached), wall and CPU time.
 */
public record EmbeddingSummary(
    int talks, int embedded, int cached, int skipped, long millis, long cpuMillis) {

  /** The slides the model embedded and the pass's wall time (cached vectors cost next to nothing). */
  public PassTime time() {
    return new PassTime(embedded, millis);
  }

  /** Milliseconds of wall time per slide the model embedded (0 when none). */
  public double msPerSlide() {
    return embedded == 0 ? 0 : (double) millis / embedded;
  }
}
