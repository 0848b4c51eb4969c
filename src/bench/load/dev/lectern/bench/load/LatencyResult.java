package dev.lectern.bench.load;

/**
 * Latency at one offered rate, in microseconds, measured from each request's intended start time
 * (so queueing behind a slow request counts, as a user would feel it). {@code achieved} is requests
 * completed per second; {@code errors} counts failed requests.
 */
public record LatencyResult(
    double offeredPerSecond, double achievedPerSecond, long count, long errors,
    double p50Micros, double p99Micros, double p999Micros, double maxMicros) {

  public String toJson() {
    return String.format(java.util.Locale.ROOT,
        "{\"offeredPerSecond\":%.1f,\"achievedPerSecond\":%.1f,\"count\":%d,\"errors\":%d,"
            + "\"p50Micros\":%.1f,\"p99Micros\":%.1f,\"p999Micros\":%.1f,\"maxMicros\":%.1f}",
        offeredPerSecond, achievedPerSecond, count, errors, p50Micros, p99Micros, p999Micros, maxMicros);
  }
}
