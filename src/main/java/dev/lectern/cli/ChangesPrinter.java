package dev.lectern.cli;

import dev.lectern.archive.MetadataProblem;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileSummary;

/**
 * Progress of the server's background reconciliations, printed only when one changed something:
 * the watcher and the periodic rescan run often, and a line a minute saying "nothing" is noise.
 */
public final class ChangesPrinter implements ReconcileListener {
  private final ProgressPrinter printer;
  private final java.util.List<MetadataProblem> problems = new java.util.ArrayList<>();
  private boolean started;

  public ChangesPrinter(ProgressPrinter printer) {
    this.printer = printer;
  }

  @Override
  public void started(int talks, int files) {
    if (talks > 0) {
      started = true;
      problems.forEach(printer::problem);
      printer.started(talks, files);
    }
  }

  @Override
  public void problem(MetadataProblem problem) {
    problems.add(problem); // repeated every run: worth printing only with a run that changes something
  }

  @Override
  public void fileDone(String path, String format, String status, String reason, int pages) {
    printer.fileDone(path, format, status, reason, pages);
  }

  @Override
  public void searchable(long ms, int imageFiles) {
    if (started) {
      printer.searchable(ms, imageFiles);
    }
  }

  @Override
  public void ocrStarting(int files, int pages) {
    printer.ocrStarting(files, pages);
  }

  @Override
  public void fileRead(String path, String status, String reason, int pages, long ms) {
    printer.fileRead(path, status, reason, pages, ms);
  }

  @Override
  public void finished(ReconcileSummary summary) {
    if (started || summary.talksRemoved() > 0) {
      printer.finished(summary);
    }
  }
}
