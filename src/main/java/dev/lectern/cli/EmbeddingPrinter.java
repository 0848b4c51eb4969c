package dev.lectern.cli;

import dev.lectern.sync.EmbeddingProgress;
import dev.lectern.sync.EmbeddingSummary;
import java.io.PrintStream;

/**
 * Shows the embedding pass: a redrawn line on a terminal, else a line every tenth of the way (a
 * server's log), then what it cost.
 */
public final class EmbeddingPrinter implements EmbeddingProgress {
  private final PrintStream out;
  private final boolean terminal;
  private int shownTenth = -1;

  public EmbeddingPrinter(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void started(int talks, int slides) {
    if (slides > 0) {
      out.printf("embedding %d slide(s) of %d talk(s); search answers by words until then%n", slides, talks);
      out.flush();
    }
  }

  @Override
  public synchronized void progress(int done, int slides) {
    if (terminal) {
      out.printf("\rembedding: %d/%d slides", done, slides);
    } else {
      int tenth = slides == 0 ? 10 : (int) (10L * done / slides);
      if (tenth == shownTenth || tenth == 10) {
        return;
      }
      shownTenth = tenth;
      out.printf("embedding: %d/%d slides%n", done, slides);
    }
    out.flush();
  }

  @Override
  public void finished(EmbeddingSummary summary) {
    if (summary.embedded() + summary.cached() == 0 && summary.talks() == 0) {
      return;
    }
    if (terminal) {
      out.print("\r\033[K");
    }
    out.printf("embedded %d talk(s): %d slide(s) by the model, %d from cache, %d skipped; %.1f s "
            + "(%.1f ms/slide, %.1f slides/s, %.1f CPU-s)%n", summary.talks(), summary.embedded(), summary.cached(),
        summary.skipped(), summary.millis() / 1000.0, summary.msPerSlide(), summary.time().pagesPerSecond(),
        summary.cpuMillis() / 1000.0);
    out.flush();
  }
}
