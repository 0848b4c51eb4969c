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
 * request gets a ticket; a ticket is done once a run that started after it has finished, so a
 * caller can tell when what it wrote is searchable.
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
        runOnce();
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

  private void runOnce() {
    ReconcileListener listener = ReconcileListener.NONE;
    try {
      listener = listeners.get();
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

  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(30, TimeUnit.SECONDS);
  }
}
