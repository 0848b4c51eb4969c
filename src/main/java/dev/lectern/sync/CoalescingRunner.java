package dev.lectern.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * One background thread that runs a job on request, coalescing: any number of requests while a run
 * is going cause exactly one more run, which sees the world as it is by then. Every request gets a
 * ticket, done once a run that started after it has finished. Nothing a run throws, an Error
 * included, ends the loop or leaves it marked as running: the job reports its own failures, and the
 * next request starts a new run.
 */
final class CoalescingRunner implements AutoCloseable {
  private final LongConsumer job;
  private final ExecutorService thread;
  private long requested;
  private long completed;
  private boolean running;

  /** {@code job} gets the ticket its run serves (every ticket up to it). */
  CoalescingRunner(String threadName, LongConsumer job) {
    this.job = job;
    this.thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
  }

  /** Asks for a run; returns the ticket that {@link #done} answers for. */
  synchronized long request() {
    requested++;
    if (!running) {
      running = true;
      thread.execute(this::runUntilQuiet);
    }
    return requested;
  }

  synchronized boolean done(long ticket) {
    return completed >= ticket;
  }

  synchronized long completed() {
    return completed;
  }

  /** Waits until every request so far is done (for shutdown and tests); false on timeout. */
  synchronized boolean awaitIdle(long timeoutMs) throws InterruptedException {
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
    boolean quiet = false;
    try {
      while (!quiet) {
        long target;
        synchronized (this) {
          target = requested;
        }
        try {
          job.accept(target);
        } catch (Throwable e) {
          // The job reports its own failures; this only keeps the loop, and later requests, alive.
        }
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

  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(30, TimeUnit.SECONDS);
  }
}
