package dev.lectern.web;

import dev.lectern.index.SearchCache;
import dev.lectern.index.SlideIndex;
import dev.lectern.sync.ExtractionCounter;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * What {@code /metrics} reads besides the requests it sees itself: the index, the reconciler's
 * queue, the extraction statuses counted so far, and the extraction children started and
 * discarded ({@code null} suppliers when files are parsed in-process), and the slides awaiting
 * their embedding ({@code null} when embeddings are off), and the search answers kept ({@code null}
 * when the server keeps none).
 */
public record MetricSources(SlideIndex index, IntSupplier pending, ExtractionCounter extractions,
    LongSupplier childrenStarted, LongSupplier childrenDiscarded, IntSupplier pendingEmbeddings,
    SearchCache searchCache) {
  public MetricSources {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(extractions, "extractions");
  }

  /** Sources for a server whose reconciliations nobody counts (embedded servers in tests). */
  public static MetricSources of(SlideIndex index, IntSupplier pending) {
    return new MetricSources(index, pending, new ExtractionCounter(), null, null, null, null);
  }
}
