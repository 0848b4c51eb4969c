package dev.lectern.sync;

import dev.lectern.archive.MetadataProblem;

/** Hears how a reconciliation goes, for progress bars, logs and the health endpoint. */
public interface ReconcileListener {
  /** A reconciliation begins; its scan of the archive comes next. */
  default void passStarting() {}

  /** The archive was scanned: {@code files} documents in {@code talks} talks need extraction. */
  default void started(int talks, int files) {}

  default void problem(MetadataProblem problem) {}

  /** One file was extracted (or taken from the cache) and its talk indexed or about to be. */
  default void fileDone(String path, String format, String status, String reason, int pages) {}

  /** As above, with the milliseconds its extraction took (0 from the cache); the Reconciler calls this one. */
  default void fileDone(String path, String format, String status, String reason, int pages, long ms) {
    fileDone(path, format, status, reason, pages);
  }

  /** Every talk's text is committed and searchable; page images of {@code imageFiles} files come next. */
  default void searchable(long ms, int imageFiles) {}

  /** The OCR pass begins: {@code pages} pages of {@code files} files wait to be read from their images. */
  default void ocrStarting(int files, int pages) {}

  /** The OCR pass read {@code pages} pages of one file in {@code ms}; {@code status} is the file's after it. */
  default void fileRead(String path, String status, String reason, int pages, long ms) {}

  default void finished(ReconcileSummary summary) {}

  /** {@code count} files (or pages, as the pass counts) are left for {@code pass}; 0 when it is done. */
  default void remaining(ReconcilePass pass, int count) {}

  /** The whole reconciliation failed with {@code error} (one talk's failure is a failed file instead). */
  default void passFailed(Throwable error) {}

  ReconcileListener NONE = new ReconcileListener() {};

  /** Tells every one of {@code listeners}, in order. */
  static ReconcileListener all(ReconcileListener... listeners) {
    java.util.List<ReconcileListener> all = java.util.List.of(listeners);
    return new ReconcileListener() {
      @Override
      public void passStarting() {
        all.forEach(ReconcileListener::passStarting);
      }

      @Override
      public void started(int talks, int files) {
        all.forEach(l -> l.started(talks, files));
      }

      @Override
      public void problem(MetadataProblem problem) {
        all.forEach(l -> l.problem(problem));
      }

      @Override
      public void fileDone(String path, String format, String status, String reason, int pages, long ms) {
        all.forEach(l -> l.fileDone(path, format, status, reason, pages, ms));
      }

      @Override
      public void searchable(long ms, int imageFiles) {
        all.forEach(l -> l.searchable(ms, imageFiles));
      }

      @Override
      public void ocrStarting(int files, int pages) {
        all.forEach(l -> l.ocrStarting(files, pages));
      }

      @Override
      public void fileRead(String path, String status, String reason, int pages, long ms) {
        all.forEach(l -> l.fileRead(path, status, reason, pages, ms));
      }

      @Override
      public void finished(ReconcileSummary summary) {
        all.forEach(l -> l.finished(summary));
      }

      @Override
      public void remaining(ReconcilePass pass, int count) {
        all.forEach(l -> l.remaining(pass, count));
      }

      @Override
      public void passFailed(Throwable error) {
        all.forEach(l -> l.passFailed(error));
      }
    };
  }
}
