package dev.lectern.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * The measurement protocol every engine goes through, so Lectern and its peers are measured the same
 * way: warm up, each query alone, saturation at each client count, then latency at each offered rate.
 */
public record Protocol(
    List<Integer> clients, List<Double> rates, Duration warmup, Duration saturationTime,
    Duration latencyTime, int aloneRepeats, int workers) {

  public EngineResult measure(String name, Workload work, int queries, IntToLongFunction hits)
      throws Exception {
    LoadRunner runner = new LoadRunner(queries);
    runner.warm(work, 2, warmup);
    List<Double> alone = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      alone.add(LoadRunner.medianMicros(work, q, aloneRepeats));
      counts.add(hits.applyAsLong(q));
    }
    Map<Integer, Double> saturation = new LinkedHashMap<>();
    for (int c : clients) {
      saturation.put(c, runner.saturation(work, c, saturationTime));
    }
    List<LatencyResult> latency = new ArrayList<>();
    for (double rate : rates) {
      latency.add(runner.openLoop(work, rate, latencyTime, workers));
    }
    return new EngineResult(name, saturation, latency, alone, counts);
  }
}
