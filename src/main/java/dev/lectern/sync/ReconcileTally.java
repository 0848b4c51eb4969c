package dev.lectern.sync;

import dev.lectern.model.TalkFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What one reconciliation counted, shared by its worker threads. */
final class ReconcileTally {
  final AtomicInteger extracted = new AtomicInteger();
  final AtomicInteger cached = new AtomicInteger();
  final AtomicInteger pages = new AtomicInteger();
  final AtomicInteger needsOcr = new AtomicInteger();
  final AtomicInteger ocrPages = new AtomicInteger();
  private final Map<String, Map<String, Integer>> byFormat = new ConcurrentHashMap<>();

  void count(TalkFile file) {
    byFormat.computeIfAbsent(file.format(), f -> new ConcurrentHashMap<>())
        .merge(file.status(), 1, Integer::sum);
    pages.addAndGet(file.pages());
    needsOcr.addAndGet(file.needsOcr());
  }

  /** {@code before}, counted in the text pass, became {@code after} in the OCR pass. */
  void recount(TalkFile before, TalkFile after) {
    byFormat.computeIfAbsent(before.format(), f -> new ConcurrentHashMap<>())
        .merge(before.status(), -1, Integer::sum);
    pages.addAndGet(-before.pages());
    needsOcr.addAndGet(-before.needsOcr());
    count(after);
  }

  Map<String, Map<String, Integer>> statuses() {
    Map<String, Map<String, Integer>> counted = new ConcurrentHashMap<>();
    byFormat.forEach((format, statuses) -> statuses.forEach((status, n) -> {
      if (n > 0) {
        counted.computeIfAbsent(format, f -> new ConcurrentHashMap<>()).put(status, n);
      }
    }));
    return counted;
  }
}
