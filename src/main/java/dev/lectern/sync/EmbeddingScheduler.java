package dev.lectern.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link EmbeddingPass} on one background thread. Requests made while a pass runs cause
 * exactly one more pass, which sees the index as it is by then (talks indexed meanwhile).
 */
public final class EmbeddingScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingScheduler.class);

  private final EmbeddingPass pass;
  private final Supplier<EmbeddingProgress> progress;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "lectern-embed");
    t.setDaemon(true);
    return t;
  });
  private long requested;
  private long completed;
  private boolean running;

  public EmbeddingScheduler(EmbeddingPass pass, Supplier<EmbeddingProgress> progress) {
    this.pass = pass;
    this.progress = progress;
  }

  public synchronized void request() {
    requested++;
    if (!running) {
      running = true;
      thread.execute(this::runUntilQuiet);
    }
  }

  /** Waits until every request so far has been served by a pass (tests, shutdown); false on timeout. */
  public synchronized boolean awaitIdle(long timeoutMs) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (completed < requested) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  private void runUntilQuiet() {
    while (true) {
      long target;
      synchronized (this) {
        target = requested;
      }
      EmbeddingProgress listener = progress.get();
      try {
        pass.run(listener);
      } catch (Throwable e) {
        // Like the reconcile loop: an Error from the native model (a link error, an allocation it
        // cannot make) must not end this loop with `running` still set, or no later request runs.
        LOG.error("embedding the slides failed; search answers by words alone until the next pass", e);
        listener.failed(e);
      }
      synchronized (this) {
        completed = target;
        notifyAll();
        if (completed >= requested) {
          running = false;
          return;
        }
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    pass.stop();
    thread.shutdown();
    thread.awaitTermination(30, TimeUnit.SECONDS);
  }
}
