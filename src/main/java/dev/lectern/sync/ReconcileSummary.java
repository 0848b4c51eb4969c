package dev.lectern.sync;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one reconciliation did: talks written and removed, files extracted (and how many came from
 * the cache), pages, statuses per format, metadata problems, and the time it took: in all, until
 * the text was searchable, and drawing page images after that; pages indexed without the OCR
 * they wanted; and pages the OCR pass read, with the time it took (elapsed, not per page); and the pages whose images were drawn.
 */
public record ReconcileSummary(
    int talksIndexed,
    int talksRemoved,
    int talksUnchanged,
    int filesExtracted,
    int filesFromCache,
    int pages,
    Map<String, Map<String, Integer>> statusesByFormat,
    int problems,
    long elapsedMs,
    long searchableMs,
    long imagesMs,
    int pagesNeedingOcr,
    int pagesRead,
    long ocrMs,
    int pagesDrawn) {

  public ReconcileSummary {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    statusesByFormat.forEach((format, statuses) -> copy.put(format, Map.copyOf(new TreeMap<>(statuses))));
    statusesByFormat = java.util.Collections.unmodifiableMap(copy);
  }

  /** The text pass: every page of the reconciliation, until it was searchable. */
  public PassTime text() {
    return new PassTime(pages, searchableMs);
  }

  /** The page-image pass: the pages of the files whose images it drew. */
  public PassTime images() {
    return new PassTime(pagesDrawn, imagesMs);
  }

  /** The OCR pass: the pages it read. */
  public PassTime ocr() {
    return new PassTime(pagesRead, ocrMs);
  }

  public int failedFiles() {
    return statusesByFormat.values().stream().mapToInt(s -> s.getOrDefault("failed", 0)).sum();
  }
}
