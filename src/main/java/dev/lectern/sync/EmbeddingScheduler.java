package dev.lectern.sync;

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
  private final CoalescingRunner runner;

  public EmbeddingScheduler(EmbeddingPass pass, Supplier<EmbeddingProgress> progress) {
    this.pass = pass;
    this.progress = progress;
    this.runner = new CoalescingRunner("lectern-embed", ticket -> runOnce());
  }

  public void request() {
    runner.request();
  }

  /** Waits until every request so far has been served by a pass (tests, shutdown); false on timeout. */
  public boolean awaitIdle(long timeoutMs) throws InterruptedException {
    return runner.awaitIdle(timeoutMs);
  }

  private void runOnce() {
    EmbeddingProgress listener = progress.get();
    try {
      pass.run(listener);
    } catch (Throwable e) {
      // An Error from the native model (a link error, an allocation it cannot make) is reported
      // like any failure; the runner keeps serving later requests.
      LOG.error("embedding the slides failed; search answers by words alone until the next pass", e);
      listener.failed(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    pass.stop();
    runner.close();
  }
}
