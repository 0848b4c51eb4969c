package dev.lectern.sync;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the files reconciliations indexed, by extraction status (ok, truncated, failed, …), over
 * the life of the process: the source of {@code lectern_extractions_total}.
 */
public final class ExtractionCounter implements ReconcileListener {
  private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();

  @Override
  public void fileDone(String path, String format, String status, String reason, int pages) {
    byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  /** Files counted so far per status, sorted by status. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    byStatus.forEach((status, n) -> counts.put(status, n.sum()));
    return counts;
  }
}
