package dev.lectern.web;

import dev.lectern.index.SearchCache;
import io.javalin.http.Context;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code GET /metrics}: requests by route template (never the raw path, so the number of series
 * stays bounded), their durations, searches, the ingest queue, extraction outcomes and children,
 * the index's size, and JVM memory, in the Prometheus text format, plus the client library's
 * standard JVM metrics. The registry lives in this instance, which the server is given; nothing
 * is registered in the library's global default registry.
 */
public final class Metrics {
  /** Request duration buckets in seconds: searches take milliseconds, uploads and cold pages longer. */
  static final double[] DURATION_BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final LongAdder searches = new LongAdder();
  private final Counter requests;
  private final Histogram durations;

  public Metrics(MetricSources sources) {
    requests = Counter.builder().name("lectern_http_requests_total")
        .help("HTTP requests answered, by route template, method and status.")
        .labelNames("route", "method", "status").register(registry);
    durations = Histogram.builder().name("lectern_http_request_duration_seconds")
        .help("Time to answer a request, by route template.")
        .labelNames("route").classicOnly().classicUpperBounds(DURATION_BUCKETS).register(registry);
    CounterWithCallback.builder().name("lectern_searches_total").help("Searches answered through the API.")
        .callback(c -> c.call(searches.sum())).register(registry);
    GaugeWithCallback.builder().name("lectern_ingest_queue_files").help("Files found in the archive and not yet indexed.")
        .callback(g -> g.call(sources.pending().getAsInt())).register(registry);
    CounterWithCallback.builder().name("lectern_extractions_total")
        .help("Files indexed, by extraction status (cache hits included).").labelNames("status")
        .callback(c -> sources.extractions().counts().forEach((status, n) -> c.call(n, status))).register(registry);
    if (sources.childrenStarted() != null) {
      CounterWithCallback.builder().name("lectern_extraction_children_started_total")
          .help("Extraction child processes started.")
          .callback(c -> c.call(sources.childrenStarted().getAsLong())).register(registry);
    }
    if (sources.childrenDiscarded() != null) {
      CounterWithCallback.builder().name("lectern_extraction_children_discarded_total")
          .help("Extraction child processes killed or abandoned (timeouts, crashes, memory).")
          .callback(c -> c.call(sources.childrenDiscarded().getAsLong())).register(registry);
    }
    if (sources.pendingEmbeddings() != null) {
      GaugeWithCallback.builder().name("lectern_embedding_queue_slides").help("Indexed slides still without their embedding.")
          .callback(g -> g.call(sources.pendingEmbeddings().getAsInt())).register(registry);
    }
    registerIndex(sources);
    if (sources.searchCache() != null) {
      registerSearchCache(sources.searchCache());
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    GaugeWithCallback.builder().name("lectern_jvm_memory_used_bytes").help("JVM memory in use, by area.")
        .labelNames("area").callback(g -> {
          g.call(memory.getHeapMemoryUsage().getUsed(), "heap");
          g.call(memory.getNonHeapMemoryUsage().getUsed(), "nonheap");
        }).register(registry);
    JvmMetrics.builder().register(registry);
  }

  private void registerIndex(MetricSources sources) {
    GaugeWithCallback.builder().name("lectern_index_size_bytes").help("Bytes of the Lucene index on disk.")
        .callback(g -> {
          long bytes;
          try {
            bytes = sources.index().sizeInBytes();
          } catch (IOException | RuntimeException e) {
            return; // an index closing under a scrape: leave the sample out rather than fail the scrape
          }
          g.call(bytes);
        }).register(registry);
    GaugeWithCallback.builder().name("lectern_index_talks").help("Talks in the index.")
        .callback(g -> g.call(sources.index().catalog().talkCount())).register(registry);
    GaugeWithCallback.builder().name("lectern_index_pages").help("Pages (slides) in the index.")
        .callback(g -> g.call(sources.index().catalog().pageCount())).register(registry);
  }

  /** Kept answers served and missed: a hit rate says how much of the search traffic repeats, not how fast the engine is. */
  private void registerSearchCache(SearchCache cache) {
    CounterWithCallback.builder().name("lectern_search_cache_hits_total")
        .help("Searches answered from the answers kept for the current index snapshot.")
        .callback(c -> c.call(cache.hits())).register(registry);
    CounterWithCallback.builder().name("lectern_search_cache_misses_total")
        .help("Searches looked up in the kept answers and computed (requests with cache=false are neither).")
        .callback(c -> c.call(cache.misses())).register(registry);
    CounterWithCallback.builder().name("lectern_search_cache_invalidations_total")
        .help("Times the kept answers were dropped: the index, the glossary or the model state changed.")
        .callback(c -> c.call(cache.invalidations())).register(registry);
    GaugeWithCallback.builder().name("lectern_search_cache_entries").help("Search answers kept now.")
        .callback(g -> g.call(cache.entries())).register(registry);
  }

  /** The counter the search handler increments once per answered search. */
  LongAdder searches() {
    return searches;
  }

  void recordRequest(String route, String method, int status, double seconds) {
    requests.labelValues(route, method, Integer.toString(status)).inc();
    durations.labelValues(route).observe(seconds);
  }

  /** The handler of {@code GET /metrics}. */
  void serve(Context ctx) {
    ctx.contentType(PrometheusTextFormatWriter.CONTENT_TYPE);
    ctx.result(scrape());
  }

  String scrape() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      writer.write(text, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return text.toString(StandardCharsets.UTF_8);
  }
}
