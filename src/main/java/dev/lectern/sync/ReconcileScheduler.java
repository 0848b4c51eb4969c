package dev.lectern.sync;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Reconciler#reconcile} on one background thread, coalescing requests: any number of
 * requests during a run cause exactly one more run, which reads the archive as it is by then. Every
 * request gets a ticket; a ticket is searchable once a run that started after it has committed its
 * text, and done once that run has finished (page images and other enrichment included), so a
 * caller can tell when what it wrote is searchable and when it is complete.
 */
public final class ReconcileScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReconcileScheduler.class);

  private final Reconciler reconciler;
  private final Supplier<ReconcileListener> listeners;
  private final CoalescingRunner runner;
  private long searchable;

  public ReconcileScheduler(Reconciler reconciler, Supplier<ReconcileListener> listeners) {
    this.reconciler = reconciler;
    this.listeners = listeners;
    this.runner = new CoalescingRunner("lectern-reconcile", this::runOnce);
  }

  /** Asks for a reconciliation; returns the ticket that {@link #done} answers for. */
  public long request() {
    return runner.request();
  }

  public boolean done(long ticket) {
    return runner.done(ticket);
  }

  /**
   * Every talk written before the request is in the index with its text (or its failure): search
   * finds it, and the catalog answers for it. Deletions are only done once the run is {@link #done}.
   */
  public boolean searchable(long ticket) {
    synchronized (this) {
      if (searchable >= ticket) {
        return true;
      }
    }
    return runner.done(ticket);
  }

  public long completed() {
    return runner.completed();
  }

  /** Waits until every request so far is done (for shutdown and tests); false on timeout. */
  public boolean awaitIdle(long timeoutMs) throws InterruptedException {
    return runner.awaitIdle(timeoutMs);
  }

  private void runOnce(long target) {
    ReconcileListener listener = ReconcileListener.NONE;
    try {
      listener = ReconcileListener.all(listeners.get(), new ReconcileListener() {
        @Override
        public void searchable(long ms, int imageFiles) {
          textCommitted(target);
        }
      });
      reconciler.reconcile(listener);
    } catch (Throwable e) {
      LOG.error("reconciling the archive failed", e);
      try {
        listener.passFailed(e);
      } catch (RuntimeException ignored) {
        // the failure is logged above; a listener that cannot hear it changes nothing
      }
    }
  }

  private synchronized void textCommitted(long target) {
    searchable = Math.max(searchable, target);
  }

  @Override
  public void close() throws InterruptedException {
    runner.close();
  }
}
