package dev.lectern.cli;

import dev.lectern.log.EventLog;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileSummary;

/**
 * A reconciliation as events: {@code extracted} per file, {@code reconcile} at the end. Runs that
 * changed nothing write nothing: the server reconciles every minute, and "nothing happened" is not
 * an event.
 */
public final class EventLogListener implements ReconcileListener {
  private final EventLog log;
  private boolean changed;

  public EventLogListener(EventLog log) {
    this.log = log;
  }

  @Override
  public void started(int talks, int files) {
    changed = talks > 0;
  }

  @Override
  public void fileDone(String path, String format, String status, String reason, int pages, long ms) {
    log.emit("extracted", "path", path, "format", format, "status", status, "pages", pages, "ms", ms,
        "reason", reason);
  }

  @Override
  public void fileRead(String path, String status, String reason, int pages, long ms) {
    log.emit("recognised", "path", path, "status", status, "pages", pages, "ms", ms, "reason", reason);
  }

  @Override
  public void finished(ReconcileSummary summary) {
    if (changed || summary.talksRemoved() > 0) {
      log.emit("reconcile", "talks", summary.talksIndexed(), "removed", summary.talksRemoved(),
          "unchanged", summary.talksUnchanged(), "extracted", summary.filesExtracted(),
          "cached", summary.filesFromCache(), "pages", summary.pages(), "ms", summary.elapsedMs(),
          "searchable_ms", summary.searchableMs(), "images_ms", summary.imagesMs(), "ocr_pages", summary.pagesRead(),
          "ocr_ms", summary.ocrMs(), "image_pages", summary.pagesDrawn());
    }
  }
}
