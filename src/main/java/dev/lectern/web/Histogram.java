package dev.lectern.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram with fixed upper bounds; observing is lock-free. */
final class Histogram {
  private final double[] bounds;
  private final LongAdder[] buckets; // per bucket, not cumulative; the last one is +Inf
  private final DoubleAdder sum = new DoubleAdder();

  Histogram(double[] bounds) {
    this.bounds = bounds.clone();
    this.buckets = new LongAdder[bounds.length + 1];
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = new LongAdder();
    }
  }

  void observe(double value) {
    int i = 0;
    while (i < bounds.length && value > bounds[i]) {
      i++;
    }
    buckets[i].increment();
    sum.add(value);
  }

  /** The {@code _bucket} (cumulative, with {@code le}), {@code _sum} and {@code _count} samples. */
  void write(PrometheusText text, String name, Map<String, String> labels) {
    long cumulative = 0;
    for (int i = 0; i < buckets.length; i++) {
      cumulative += buckets[i].sum();
      Map<String, String> withLe = new LinkedHashMap<>(labels);
      withLe.put("le", i < bounds.length ? PrometheusText.number(bounds[i]) : "+Inf");
      text.sample(name + "_bucket", withLe, cumulative);
    }
    text.sample(name + "_sum", labels, sum.sum());
    text.sample(name + "_count", labels, cumulative);
  }
}
