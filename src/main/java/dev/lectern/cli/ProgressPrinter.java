package dev.lectern.cli;

import dev.lectern.archive.MetadataProblem;
import dev.lectern.sync.PassTime;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileSummary;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows a reconciliation's progress: a redrawn bar on a terminal, plain lines otherwise (logs, CI),
 * then a table of statuses per format. Files that did not extract are always named, with why.
 */
public final class ProgressPrinter implements ReconcileListener {
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final String ocrAdvice;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;
  private final AtomicInteger ocrDone = new AtomicInteger();
  private volatile int ocrFiles;

  public ProgressPrinter(PrintStream out, boolean terminal) {
    this(out, terminal, "");
  }

  /** {@code ocrAdvice} follows the count of pages that need OCR: what to do about them. */
  public ProgressPrinter(PrintStream out, boolean terminal, String ocrAdvice) {
    this.out = out;
    this.terminal = terminal;
    this.ocrAdvice = ocrAdvice;
  }

  @Override
  public void started(int talks, int files) {
    total = files;
    out.printf("%d talk(s) to index, %d file(s)%n", talks, files);
  }

  @Override
  public void problem(MetadataProblem problem) {
    clearLine();
    out.println("metadata error: " + problem);
  }

  @Override
  public synchronized void fileDone(String path, String format, String status, String reason, int pages) {
    int n = done.incrementAndGet();
    boolean bad = !status.equals("ok");
    if (terminal) {
      if (bad) {
        clearLine();
        out.printf("%s: %s%s%n", path, status, reason.isEmpty() ? "" : " (" + reason + ")");
      }
      int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * n / total);
      out.printf("\r[%s%s] %d/%d %s", "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), n, total,
          shorten(path, 40));
      out.flush();
    } else {
      out.printf("[%d/%d] %s %s %d page(s) %s%s%n", n, total, format, status, pages, path,
          reason.isEmpty() ? "" : " (" + reason + ")");
    }
  }

  @Override
  public void searchable(long ms, int imageFiles) {
    if (total > 0 || imageFiles > 0) {
      clearLine();
      out.printf("searchable after %.1f s%s%n", ms / 1000.0,
          imageFiles > 0 ? "; drawing the page images of " + imageFiles + " file(s)" : "");
      out.flush();
    }
  }

  @Override
  public void ocrStarting(int files, int pages) {
    clearLine();
    out.printf("reading %d page(s) of %d file(s) with OCR (search works meanwhile; these pages improve as they are read)%n",
        pages, files);
    out.flush();
    ocrFiles = files;
    ocrDone.set(0);
  }

  @Override
  public synchronized void fileRead(String path, String status, String reason, int pages, long ms) {
    int n = ocrDone.incrementAndGet();
    clearLine();
    out.printf("[OCR %d/%d] %s %d page(s) in %.1f s %s%s%n", n, ocrFiles, status, pages, ms / 1000.0, path,
        status.equals("ok") || reason.isEmpty() ? "" : " (" + reason + ")");
    out.flush();
  }

  @Override
  public void finished(ReconcileSummary summary) {
    clearLine();
    out.printf("indexed %d talk(s), removed %d, unchanged %d; extracted %d file(s), %d from cache; "
            + "%d page(s) in %.1f s (searchable after %.1f s, page images %.1f s)%n",
        summary.talksIndexed(), summary.talksRemoved(), summary.talksUnchanged(), summary.filesExtracted(),
        summary.filesFromCache(), summary.pages(), summary.elapsedMs() / 1000.0, summary.searchableMs() / 1000.0,
        summary.imagesMs() / 1000.0);
    out.println(passTimes(summary));
    if (summary.pagesRead() > 0) {
      out.printf("OCR read %d page(s) in %.1f s, after the text was searchable%n", summary.pagesRead(),
          summary.ocrMs() / 1000.0);
    }
    if (!summary.statusesByFormat().isEmpty()) {
      out.println(table(summary.statusesByFormat()));
    }
    if (summary.pagesNeedingOcr() > 0) {
      out.printf("%d page(s) need OCR (garbled text, no text, or mostly a picture) and are indexed without it%s%n",
          summary.pagesNeedingOcr(), ocrAdvice.isEmpty() ? "" : "; " + ocrAdvice);
    }
    if (summary.problems() > 0) {
      out.printf("%d metadata file(s) could not be read (see above); their talks use inferred metadata%n",
          summary.problems());
    }
  }

  /** One line: each pass that had pages, its time and its pages per second. */
  static String passTimes(ReconcileSummary summary) {
    StringBuilder line = new StringBuilder("passes: ");
    line.append(passTime("text", summary.text()));
    if (summary.images().pages() > 0) {
      line.append("; ").append(passTime("page images", summary.images()));
    }
    if (summary.ocr().pages() > 0) {
      line.append("; ").append(passTime("OCR", summary.ocr()));
    }
    return line.toString();
  }

  private static String passTime(String name, PassTime time) {
    return String.format("%s %d page(s) in %.1f s, %.1f pages/s", name, time.pages(), time.ms() / 1000.0,
        time.pagesPerSecond());
  }

  static String table(Map<String, Map<String, Integer>> byFormat) {
    String[] statuses = {"ok", "needs-ocr", "truncated", "encrypted", "empty", "unsupported", "failed"};
    StringBuilder table = new StringBuilder(String.format("%-8s", "format"));
    for (String status : statuses) {
      table.append(String.format("%12s", status));
    }
    for (Map.Entry<String, Map<String, Integer>> row : byFormat.entrySet()) {
      table.append(String.format("%n%-8s", row.getKey().isEmpty() ? "?" : row.getKey()));
      for (String status : statuses) {
        table.append(String.format("%12d", row.getValue().getOrDefault(status, 0)));
      }
    }
    return table.toString();
  }

  private void clearLine() {
    if (terminal) {
      out.print("\r\033[K");
    }
  }

  private static String shorten(String path, int max) {
    return path.length() <= max ? path + " ".repeat(max - path.length()) : "…" + path.substring(path.length() - max + 1);
  }
}
