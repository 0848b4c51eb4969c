package dev.lectern.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One engine's numbers over the query mix: saturation throughput by client count, latency at each
 * offered rate, and each query's median alone (microseconds) with its hit count. Written as JSON so
 * a peer in another process (Solr) reports in the same shape.
 */
public record EngineResult(
    String name, Map<Integer, Double> saturation, List<LatencyResult> latency,
    List<Double> perQueryMicros, List<Long> hits) {

  public String toJson() {
    String sat = saturation.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "\"%d\":%.1f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(","));
    String lat = latency.stream().map(LatencyResult::toJson).collect(Collectors.joining(","));
    String per = perQueryMicros.stream().map(v -> String.format(Locale.ROOT, "%.1f", v))
        .collect(Collectors.joining(","));
    String hit = hits.stream().map(String::valueOf).collect(Collectors.joining(","));
    return "{\"name\":\"" + name + "\",\"saturation\":{" + sat + "},\"latency\":[" + lat
        + "],\"perQueryMicros\":[" + per + "],\"hits\":[" + hit + "]}";
  }
}
