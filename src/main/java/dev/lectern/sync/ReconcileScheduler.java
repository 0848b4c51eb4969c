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
 *
 * <p>An organizer's write also asks for a metadata refresh ({@link #requestWithRefresh}), run on a
 * second thread beside the reconciliation: it rewrites the changed talks from the extraction cache
 * and, when nothing else was left, makes every ticket so far searchable without waiting for a
 * reconciliation that is drawing page images or reading pages with OCR. The reconciliation is still
 * requested, so the write is also done, merged with other requests, as before.
 */
public final class ReconcileScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReconcileScheduler.class);

  private final Reconciler reconciler;
  private final Supplier<ReconcileListener> listeners;
  private final CoalescingRunner runner;
  private final CoalescingRunner refresher;
  private long searchable;
  private long refreshTicket;

  public ReconcileScheduler(Reconciler reconciler, Supplier<ReconcileListener> listeners) {
    this.reconciler = reconciler;
    this.listeners = listeners;
    this.runner = new CoalescingRunner("lectern-reconcile", this::runOnce);
    this.refresher = new CoalescingRunner("lectern-refresh", ignored -> refreshOnce());
  }

  /** Asks for a reconciliation; returns the ticket that {@link #done} answers for. */
  public long request() {
    return runner.request();
  }

  /**
   * Asks for a reconciliation and a metadata refresh beside it: for writes of metadata, moves and
   * deletes, whose files are already extracted. Returns the reconciliation's ticket.
   */
  public long requestWithRefresh() {
    long ticket = runner.request();
    synchronized (this) {
      refreshTicket = Math.max(refreshTicket, ticket);
    }
    refresher.request();
    return ticket;
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

  /**
   * Every ticket up to the last one that asked for a refresh was requested after its write reached
   * the archive; a refresh that read the archive after that and left nothing undone serves them all.
   */
  private void refreshOnce() {
    long target;
    synchronized (this) {
      target = refreshTicket;
    }
    try {
      if (reconciler.refreshMetadata()) {
        textCommitted(target);
      }
    } catch (Throwable e) {
      LOG.warn("refreshing the archive's metadata failed; the reconciliation requested with it does the work", e);
    }
  }

  private synchronized void textCommitted(long target) {
    searchable = Math.max(searchable, target);
  }

  @Override
  public void close() throws InterruptedException {
    refresher.close();
    runner.close();
  }
}
