package dev.lectern;

import dev.lectern.cli.EmbeddingPrinter;
import dev.lectern.index.SemanticSearch;
import dev.lectern.sync.EmbeddingProgress;
import dev.lectern.sync.EmbeddingScheduler;
import dev.lectern.sync.EmbeddingSummary;
import dev.lectern.sync.Embeddings;
import dev.lectern.sync.IndexProgress;
import dev.lectern.sync.IndexProgress.Semantic;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcilePass;
import dev.lectern.sync.ReconcileSummary;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * A server's side of embeddings: the model loads in the background after the server answers, the
 * embedding pass runs after each text pass, and {@code /health} hears where it stands. Until the
 * model is loaded and the slides are embedded, search answers by words alone; when the model cannot
 * load, it keeps doing so and {@code /health} says why. Null-safe: {@code embeddings} null means off.
 */
final class ServerEmbeddings implements AutoCloseable {
  private final Embeddings embeddings;
  private final EmbeddingScheduler scheduler;
  private final IndexProgress progress;
  private final PrintStream out;

  ServerEmbeddings(Embeddings embeddings, IndexProgress progress, PrintStream out) {
    this.embeddings = embeddings;
    this.progress = progress;
    this.out = out;
    this.scheduler = embeddings == null ? null
        : new EmbeddingScheduler(embeddings.pass(), () -> reporting(new EmbeddingPrinter(out, false)));
  }

  /** Search by meaning once the model is loaded; by words before that, or always when off. */
  SemanticSearch search() {
    return embeddings == null ? SemanticSearch.off() : embeddings.search(false);
  }

  /** Slides still without vectors, for metrics; null when off. */
  IntSupplier pending() {
    return embeddings == null ? null : embeddings.pass()::pending;
  }

  /**
   * Hears every text pass: the talks it indexed are counted as pending as soon as they are searchable,
   * and get their vectors when it ends. Listens before {@link IndexProgress}, so /health never reads
   * the pass as finished with embeddings left uncounted.
   */
  ReconcileListener afterText() {
    if (embeddings == null) {
      return ReconcileListener.NONE;
    }
    return new ReconcileListener() {
      @Override
      public void searchable(long ms, int imageFiles) {
        if (progress.snapshot().semantic() != Semantic.FAILED) {
          countPending(); // the talks just indexed await their vectors while images and OCR run
        }
      }

      @Override
      public void finished(ReconcileSummary summary) {
        if (progress.snapshot().semantic() != Semantic.FAILED) {
          countPending();
          scheduler.request();
        }
      }
    };
  }

  /**
   * Tells /health how many slides await their vectors, from the index, before a pass has started:
   * while the model loads, and between the text pass and the embedding pass.
   */
  private void countPending() {
    try {
      progress.remaining(ReconcilePass.EMBEDDINGS, embeddings.pass().countPending());
    } catch (java.io.IOException | RuntimeException e) {
      // The pass counts them again when it starts; /health is only late until then.
      out.println("lectern: could not count the slides awaiting their vectors: " + e.getMessage());
      out.flush();
    }
  }

  /** Loads the model (a second or two), then embeds whatever the index holds without vectors. */
  void start() {
    if (embeddings == null) {
      return;
    }
    progress.semantic(Semantic.LOADING, null);
    countPending();
    Thread loader = new Thread(() -> {
      try {
        embeddings.warmUp();
        scheduler.request();
      } catch (RuntimeException | LinkageError e) {
        String why = "the embedding model could not be loaded (" + e.getMessage() + "); search answers by words"
            + " alone; fix the cause and restart, or run with --no-embeddings";
        progress.semantic(Semantic.FAILED, why);
        progress.remaining(ReconcilePass.EMBEDDINGS, 0); // none will be embedded: nothing is pending
        out.println("lectern: " + why);
        out.flush();
      }
    }, "lectern-model");
    loader.setDaemon(true);
    loader.start();
  }

  /** The printer, also telling /health how many slides await their vectors. */
  private EmbeddingProgress reporting(EmbeddingPrinter printer) {
    return new EmbeddingProgress() {
      @Override
      public void started(int talks, int slides) {
        progress.remaining(ReconcilePass.EMBEDDINGS, slides);
        progress.semantic(slides > 0 ? Semantic.EMBEDDING : Semantic.READY, null);
        printer.started(talks, slides);
      }

      @Override
      public void progress(int done, int slides) {
        progress.remaining(ReconcilePass.EMBEDDINGS, Math.max(0, slides - done));
        printer.progress(done, slides);
      }

      @Override
      public void finished(EmbeddingSummary summary) {
        progress.remaining(ReconcilePass.EMBEDDINGS, 0);
        progress.semantic(Semantic.READY, null);
        progress.passTook(ReconcilePass.EMBEDDINGS, summary.time());
        printer.finished(summary);
      }

      @Override
      public void failed(Throwable error) {
        progress.remaining(ReconcilePass.EMBEDDINGS, 0);
        progress.semantic(Semantic.FAILED, "embedding the slides failed (" + error.getMessage() + "); search by"
            + " meaning covers only the slides embedded before; the server log has the details");
      }
    };
  }

  /** A chunk in progress finishes; the rest waits for the next start. */
  @Override
  public void close() throws InterruptedException {
    if (scheduler != null) {
      scheduler.close();
      embeddings.close();
    }
  }
}
