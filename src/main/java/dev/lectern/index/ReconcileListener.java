package dev.lectern.index;

import dev.lectern.ingest.MetadataProblem;

/** Hears how a reconciliation goes, for progress bars, logs and the health endpoint. */
public interface ReconcileListener {
  /** The archive was scanned: {@code files} documents in {@code talks} talks need extraction. */
  default void started(int talks, int files) {}

  default void problem(MetadataProblem problem) {}

  /** One file was extracted (or taken from the cache) and its talk indexed or about to be. */
  default void fileDone(String path, String format, String status, String reason, int pages) {}

  default void finished(ReconcileSummary summary) {}

  ReconcileListener NONE = new ReconcileListener() {};
}
