package dev.lectern.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code GET /metrics}: requests by route template (never the raw path, so the number of series
 * stays bounded), their durations, searches, the ingest queue, extraction outcomes and children,
 * the index's size, and JVM memory, in the Prometheus text format. Counters live in this instance,
 * which the server is given; nothing is static.
 */
public final class Metrics {
  /** Request duration buckets in seconds: searches take milliseconds, uploads and cold pages longer. */
  static final double[] DURATION_BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final MetricSources sources;
  private final LongAdder searches = new LongAdder();
  private final Map<List<String>, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> durations = new ConcurrentHashMap<>();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  public Metrics(MetricSources sources) {
    this.sources = sources;
  }

  /** The counter the search handler increments once per answered search. */
  LongAdder searches() {
    return searches;
  }

  void recordRequest(String route, String method, int status, double seconds) {
    requests.computeIfAbsent(List.of(route, method, Integer.toString(status)), k -> new LongAdder()).increment();
    durations.computeIfAbsent(route, r -> new Histogram(DURATION_BUCKETS)).observe(seconds);
  }

  /** The handler of {@code GET /metrics}. */
  void serve(Context ctx) {
    ctx.contentType(PrometheusText.CONTENT_TYPE);
    ctx.result(scrape());
  }

  String scrape() {
    PrometheusText text = new PrometheusText();
    text.family("lectern_http_requests_total", "counter", "HTTP requests answered, by route template, method and status.");
    new TreeMap<String, LongAdder>(flatten()).forEach((key, n) -> {
      String[] parts = key.split("\u0000", 3);
      text.sample("lectern_http_requests_total", labels("route", parts[0], "method", parts[1], "status", parts[2]),
          n.sum());
    });
    text.family("lectern_http_request_duration_seconds", "histogram", "Time to answer a request, by route template.");
    new TreeMap<>(durations).forEach((route, histogram) ->
        histogram.write(text, "lectern_http_request_duration_seconds", labels("route", route)));
    text.family("lectern_searches_total", "counter", "Searches answered through the API.");
    text.sample("lectern_searches_total", searches.sum());
    text.family("lectern_ingest_queue_files", "gauge", "Files found in the archive and not yet indexed.");
    text.sample("lectern_ingest_queue_files", sources.pending().getAsInt());
    text.family("lectern_extractions_total", "counter", "Files indexed, by extraction status (cache hits included).");
    sources.extractions().counts().forEach((status, n) ->
        text.sample("lectern_extractions_total", labels("status", status), n));
    if (sources.childrenStarted() != null) {
      text.family("lectern_extraction_children_started_total", "counter", "Extraction child processes started.");
      text.sample("lectern_extraction_children_started_total", sources.childrenStarted().getAsLong());
    }
    if (sources.childrenDiscarded() != null) {
      text.family("lectern_extraction_children_discarded_total", "counter",
          "Extraction child processes killed or abandoned (timeouts, crashes, memory).");
      text.sample("lectern_extraction_children_discarded_total", sources.childrenDiscarded().getAsLong());
    }
    indexSize(text);
    text.family("lectern_index_talks", "gauge", "Talks in the index.");
    text.sample("lectern_index_talks", sources.index().catalog().talkCount());
    text.family("lectern_index_pages", "gauge", "Pages (slides) in the index.");
    text.sample("lectern_index_pages", sources.index().catalog().pageCount());
    text.family("lectern_jvm_memory_used_bytes", "gauge", "JVM memory in use, by area.");
    text.sample("lectern_jvm_memory_used_bytes", labels("area", "heap"), memory.getHeapMemoryUsage().getUsed());
    text.sample("lectern_jvm_memory_used_bytes", labels("area", "nonheap"), memory.getNonHeapMemoryUsage().getUsed());
    return text.toString();
  }

  private void indexSize(PrometheusText text) {
    try {
      long bytes = sources.index().sizeInBytes();
      text.family("lectern_index_size_bytes", "gauge", "Bytes of the Lucene index on disk.");
      text.sample("lectern_index_size_bytes", bytes);
    } catch (IOException | RuntimeException e) {
      // an index closing under a scrape: leave the sample out rather than fail the scrape
    }
  }

  private Map<String, LongAdder> flatten() {
    Map<String, LongAdder> flat = new LinkedHashMap<>();
    requests.forEach((key, n) -> flat.put(String.join("\u0000", key), n));
    return flat;
  }

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }
}
