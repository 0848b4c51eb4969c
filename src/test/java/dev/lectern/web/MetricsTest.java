package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.sync.ExtractionCounter;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SearchCache;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.index.SlideIndex;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every metric family /metrics has ever offered is still there, with its type, on a real (empty) index. */
class MetricsTest {
  /** Listed from a scrape of the hand-written exposition that the Prometheus client replaced. */
  private static final Map<String, String> FAMILIES = new LinkedHashMap<>();

  static {
    FAMILIES.put("lectern_http_requests_total", "counter");
    FAMILIES.put("lectern_http_request_duration_seconds", "histogram");
    FAMILIES.put("lectern_searches_total", "counter");
    FAMILIES.put("lectern_ingest_queue_files", "gauge");
    FAMILIES.put("lectern_extractions_total", "counter");
    FAMILIES.put("lectern_extraction_children_started_total", "counter");
    FAMILIES.put("lectern_extraction_children_discarded_total", "counter");
    FAMILIES.put("lectern_index_size_bytes", "gauge");
    FAMILIES.put("lectern_index_talks", "gauge");
    FAMILIES.put("lectern_index_pages", "gauge");
    FAMILIES.put("lectern_jvm_memory_used_bytes", "gauge");
    FAMILIES.put("lectern_search_cache_hits_total", "counter");
    FAMILIES.put("lectern_search_cache_misses_total", "counter");
    FAMILIES.put("lectern_search_cache_invalidations_total", "counter");
    FAMILIES.put("lectern_search_cache_entries", "gauge");
  }

  @TempDir Path temp;

  @Test
  void everyFamilyIsAnnouncedAndSampled() throws Exception {
    try (SlideIndex index = SlideIndex.openForWriting(temp.resolve("lucene"), new JsonCodec())) {
      ExtractionCounter extractions = new ExtractionCounter();
      extractions.fileDone("a/deck.pdf", "pdf", "ok", "", 3);
      SearchCache cache = new SearchCache(SearchCache.DEFAULT_WEIGHT);
      TalkSearcher searcher = new TalkSearcher(index, Glossary.none(), SemanticSearch.off(), cache);
      searcher.search(SearchRequest.of("kernel"));
      searcher.search(SearchRequest.of("kernel"));
      searcher.search(SearchRequest.of("scheduler"));
      searcher.search(SearchRequest.of("kernel"), false);
      Metrics metrics = new Metrics(new MetricSources(index, () -> 2, extractions, () -> 4, () -> 1, null, cache));
      metrics.recordRequest("/api/search", "GET", 200, 0.004);
      metrics.recordRequest("/api/talks/{id}", "GET", 404, 0.2);
      metrics.searches().increment();

      String text = metrics.scrape();

      FAMILIES.forEach((name, type) -> {
        assertThat(text).as(name).contains("# HELP " + name + " ").contains("# TYPE " + name + " " + type + "\n");
        assertThat(text).as(name).containsPattern("(?m)^" + name + "(_bucket|_count|_sum)?(\\{[^}]*})? ");
      });
      assertThat(text).contains("lectern_http_requests_total{method=\"GET\",route=\"/api/talks/{id}\",status=\"404\"} 1")
          .contains("lectern_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"0.005\"} 1")
          .contains("lectern_http_request_duration_seconds_count{route=\"/api/search\"} 1")
          .contains("lectern_searches_total 1")
          .contains("lectern_ingest_queue_files 2")
          .contains("lectern_extractions_total{status=\"ok\"} 1")
          .contains("lectern_extraction_children_started_total 4")
          .contains("lectern_jvm_memory_used_bytes{area=\"heap\"} ")
          .contains("lectern_search_cache_hits_total 1")
          .contains("lectern_search_cache_misses_total 2")
          .contains("lectern_search_cache_entries 2");
    }
  }
}
