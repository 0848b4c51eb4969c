package dev.lectern.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "lectern-reconcile");
    t.setDaemon(true);
    return t;
  });
  private long requested;
  private long completed;
  private long searchable;
  private boolean running;

  public ReconcileScheduler(Reconciler reconciler, Supplier<ReconcileListener> listeners) {
    this.reconciler = reconciler;
    this.listeners = listeners;
  }

  /** Asks for a reconciliation; returns the ticket that {@link #done} answers for. */
  public synchronized long request() {
    requested++;
    if (!running) {
      running = true;
      thread.execute(this::runUntilQuiet);
    }
    return requested;
  }

  public synchronized boolean done(long ticket) {
    return completed >= ticket;
  }

  /**
   * Every talk written before the request is in the index with its text (or its failure): search
   * finds it, and the catalog answers for it. Deletions are only done once the run is {@link #done}.
   */
  public synchronized boolean searchable(long ticket) {
    return searchable >= ticket || completed >= ticket;
  }

  public synchronized long completed() {
    return completed;
  }

  /** Waits until every request so far is done (for shutdown and tests); false on timeout. */
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

  /**
   * Runs until no request is left. Nothing a pass throws, an Error included, ends the loop or leaves
   * {@code running} set: the pass is reported as failed and the next request runs a new one.
   */
  private void runUntilQuiet() {
    boolean quiet = false;
    try {
      while (!quiet) {
        long target;
        synchronized (this) {
          target = requested;
        }
        runOnce(target);
        synchronized (this) {
          completed = target;
          notifyAll();
          quiet = requested == target;
          running = !quiet;
        }
      }
    } finally {
      synchronized (this) {
        if (!quiet) {
          running = false; // whatever escaped, a later request starts a new loop
          notifyAll();
        }
      }
    }
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
    notifyAll();
  }

  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(30, TimeUnit.SECONDS);
  }
}
