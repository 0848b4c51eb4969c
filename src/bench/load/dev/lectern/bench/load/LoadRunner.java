package dev.lectern.bench.load;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Two ways to load a {@link Workload} with a fixed query mix (queries taken round-robin):
 *
 * <ul>
 *   <li>{@link #openLoop}: requests start on a fixed schedule whatever the system does, and each
 *       latency is measured from its <i>intended</i> start, which avoids coordinated omission.
 *   <li>{@link #saturation}: {@code c} threads send back to back; completed requests per second.
 * </ul>
 */
public final class LoadRunner {
  private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

  private final int queries;

  public LoadRunner(int queries) {
    if (queries < 1) {
      throw new IllegalArgumentException("need at least one query");
    }
    this.queries = queries;
  }

  /** Warms the JIT and caches: {@code threads} threads back to back for {@code time}. */
  public void warm(Workload work, int threads, Duration time) throws InterruptedException {
    saturation(work, threads, time);
  }

  /** Completed requests per second with {@code threads} closed-loop clients. */
  public double saturation(Workload work, int threads, Duration time) throws InterruptedException {
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + time.toNanos();
    Thread[] clients = new Thread[threads];
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * 7;
      clients[t] = Thread.ofPlatform().name("bench-client-" + t).start(() -> {
        int i = offset;
        while (System.nanoTime() < end) {
          try {
            work.run(i++ % queries);
            done.incrementAndGet();
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
      });
    }
    for (Thread client : clients) {
      client.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (errors.get() > 0 && done.get() == 0) {
      throw new IllegalStateException("every request failed");
    }
    return done.get() / seconds;
  }

  /**
   * Offers {@code rate} requests per second for {@code time}, served by up to {@code workers}
   * threads; requests wait in a queue when all workers are busy, and that wait is part of latency.
   */
  public LatencyResult openLoop(Workload work, double rate, Duration time, int workers)
      throws InterruptedException {
    Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);
    AtomicLong errors = new AtomicLong();
    long interval = (long) (1e9 / rate);
    long total = Math.max(1, (long) (rate * time.toNanos() / 1e9));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long start = System.nanoTime() + 5_000_000;
    try {
      for (long i = 0; i < total; i++) {
        long intended = start + i * interval;
        long wait;
        while ((wait = intended - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        int query = (int) (i % queries);
        pool.execute(() -> {
          try {
            work.run(query);
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          long micros = (System.nanoTime() - intended) / 1000;
          histogram.recordValue(Math.min(MAX_MICROS, Math.max(1, micros)));
        });
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new LatencyResult(rate, histogram.getTotalCount() / seconds, histogram.getTotalCount(),
        errors.get(), histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99),
        histogram.getValueAtPercentile(99.9), histogram.getMaxValue());
  }

  /** One query alone, {@code repeat} times on this thread: its median latency in microseconds. */
  public static double medianMicros(Workload work, int query, int repeat) throws Exception {
    Histogram histogram = new Histogram(MAX_MICROS, 3);
    for (int i = 0; i < repeat; i++) {
      long t = System.nanoTime();
      work.run(query);
      histogram.recordValue(Math.max(1, (System.nanoTime() - t) / 1000));
    }
    return histogram.getValueAtPercentile(50);
  }
}
