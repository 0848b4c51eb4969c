package dev.lectern.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.bench.load.EngineResult;
import dev.lectern.bench.load.LatencyResult;
import dev.lectern.bench.load.Protocol;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search at one corpus size: the raw-Lucene floor, Lectern's TalkSearcher in-process, Lectern over
 * HTTP on loopback, and (when built) the Solr peer in its own JVM, all through one {@link Protocol}.
 */
final class SearchBench {
  private final Protocol protocol;
  private final Report report;
  private final SolrPeerRunner solr;

  private final Targets targets;

  SearchBench(Protocol protocol, Report report, SolrPeerRunner solr, Targets targets) {
    this.protocol = protocol;
    this.report = report;
    this.solr = solr;
    this.targets = targets;
  }

  List<EngineResult> run(BenchCorpus corpus) throws Exception {
    List<String> texts = QueryMix.texts();
    List<EngineResult> results = new ArrayList<>();
    JsonCodec json = new JsonCodec();
    Path emptyArchive = Files.createDirectories(corpus.dir().resolve("empty-archive"));
    try (SlideIndex index = SlideIndex.openForReading(corpus.lucene(), json)) {
      SlideIndex.Snapshot snapshot = index.acquire();
      try {
        RawLucene raw = new RawLucene(snapshot.searcher(), texts, false);
        RawLucene rawHl = new RawLucene(snapshot.searcher(), texts, true);
        results.add(measure("raw Lucene (floor)", raw, raw::hits));
        results.add(measure("raw Lucene + highlight", rawHl, raw::hits));
      } finally {
        index.release(snapshot);
      }
      TalkSearcher searcher = new TalkSearcher(index);
      LecternInProcess plain = new LecternInProcess(searcher, texts, false);
      LecternInProcess highlighted = new LecternInProcess(searcher, texts, true);
      // Warm every Lectern path before the first Lectern number, so no engine pays the others' JIT time.
      dev.lectern.bench.load.LoadRunner warm = new dev.lectern.bench.load.LoadRunner(texts.size());
      warm.warm(plain, 2, protocol.warmup());
      warm.warm(highlighted, 2, protocol.warmup());
      results.add(measure("Lectern in-process", plain, q -> plain.result(q).total()));
      results.add(measure("Lectern in-process + highlight", highlighted, q -> plain.result(q).total()));
      WebServer server = new WebServer(index, searcher, json, emptyArchive, () -> 0).start("127.0.0.1", 0);
      try {
        LecternHttp http = new LecternHttp("http://127.0.0.1:" + server.port(), texts);
        results.add(measure("Lectern HTTP (+ highlight)", http, q -> plain.result(q).total()));
        results.add(measure("HTTP GET /health (transport floor)",
            LecternHttp.health("http://127.0.0.1:" + server.port(), texts.size()), q -> 0));
      } finally {
        server.stop();
      }
    }
    if (solr.available()) {
      Path queries = corpus.dir().resolve("queries.tsv");
      Files.writeString(queries, QueryMix.tsv(), StandardCharsets.UTF_8);
      String load = Machine.load();
      try {
        EngineResult peer = solr.run(corpus.slides(), queries, corpus.dir().resolve("solr-result.json"), protocol);
        report.note("Solr peer: measured (load before " + load + ", after " + Machine.load() + "); Solr indexed the "
            + corpus.stats().slides() + " slides in " + solrIndexSeconds(corpus.dir().resolve("solr-result.json")) + " s");
        results.add(peer);
      } catch (java.io.IOException e) {
        report.note("Solr peer failed, column missing: " + e.getMessage());
      }
    } else {
      report.note("Solr peer not built (bench/solr-peer): skipped");
    }
    report.section("Search, " + corpus.stats().slides() + " slides", table(corpus, results));
    check(corpus.stats().slides(), results);
    return results;
  }

  /** The search targets, judged on the lowest offered rate (latency) and the best client count. */
  private void check(int slides, List<EngineResult> results) {
    EngineResult raw = find(results, "raw Lucene (floor)");
    EngineResult rawHl = find(results, "raw Lucene + highlight");
    EngineResult http = find(results, "Lectern HTTP");
    EngineResult peer = find(results, "Solr");
    if (raw == null || http == null) {
      return;
    }
    LatencyResult h = http.latency().get(0);
    LatencyResult r = raw.latency().get(0);
    double gap = (h.p50Micros() - r.p50Micros()) / 1000;
    targets.check(Targets.f("%,d slides: HTTP p50 within 1 ms of raw Lucene p50 (at %.0f/s)", slides, h.offeredPerSecond()),
        Targets.f("%s ms vs %s ms (+%.2f ms; raw + highlight %s ms)", Report.ms(h.p50Micros()), Report.ms(r.p50Micros()), gap,
            rawHl == null ? "?" : Report.ms(rawHl.latency().get(0).p50Micros())), gap <= 1.0);
    for (LatencyResult l : http.latency()) {
      targets.check(Targets.f("%,d slides: HTTP p99 ≤ 10 ms with highlighting (at %.0f/s)", slides, l.offeredPerSecond()),
          Targets.f("%s ms (p99.9 %s ms)", Report.ms(l.p99Micros()), Report.ms(l.p999Micros())), l.p99Micros() <= 10_000);
    }
    double best = best(http);
    targets.check(Targets.f("%,d slides: HTTP saturation ≥ 0.6× raw Lucene", slides),
        Targets.f("%.0f vs %.0f queries/s = %.2f×", best, best(raw), best / best(raw)), best >= 0.6 * best(raw));
    if (peer != null) {
      targets.check(Targets.f("%,d slides: HTTP saturation ≥ 1× Solr", slides),
          Targets.f("%.0f vs %.0f queries/s = %.2f×", best, best(peer), best / best(peer)), best >= best(peer));
    }
  }

  private static double best(EngineResult r) {
    return r.saturation().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  private static EngineResult find(List<EngineResult> results, String prefix) {
    return results.stream().filter(r -> r.name().startsWith(prefix)).findFirst().orElse(null);
  }

  /** How many hits query {@code q} has, in the engine's own unit. */
  @FunctionalInterface
  interface Hits {
    long count(int q) throws Exception;
  }

  private EngineResult measure(String name, dev.lectern.bench.load.Workload work, Hits hits) throws Exception {
    String before = Machine.load();
    EngineResult result = protocol.measure(name, work, QueryMix.QUERIES.size(), q -> {
      try {
        return hits.count(q);
      } catch (Exception e) {
        return -1;
      }
    });
    report.note(name + ": measured (load before " + before + ", after " + Machine.load() + ")");
    return result;
  }

  private String table(BenchCorpus corpus, List<EngineResult> results) {
    StringBuilder out = new StringBuilder();
    SyntheticCorpus.Stats stats = corpus.stats();
    out.append(String.format(Locale.ROOT, "%d slides in %d talks of %d meetups; load at end %s.%n%n",
        stats.slides(), stats.talks(), stats.meetups(), Machine.load()));
    out.append("Saturation throughput (queries/s, closed loop, query mix round-robin) and latency (ms, open loop, "
        + "from intended start) at fixed offered rates:\n\n");
    out.append("| engine |");
    protocol.clients().forEach(c -> out.append(" c=").append(c).append(" |"));
    protocol.rates().forEach(r -> out.append(String.format(Locale.ROOT, " %.0f/s p50 / p99 / p99.9 |", r)));
    out.append("\n|---|");
    protocol.clients().forEach(c -> out.append("---:|"));
    protocol.rates().forEach(r -> out.append("---:|"));
    out.append('\n');
    for (EngineResult r : results) {
      out.append("| ").append(r.name()).append(" |");
      for (int c : protocol.clients()) {
        Double qps = r.saturation().get(c);
        out.append(qps == null ? " – |" : String.format(Locale.ROOT, " %.0f |", qps));
      }
      for (LatencyResult l : r.latency()) {
        out.append(String.format(Locale.ROOT, " %s / %s / %s%s |", Report.ms(l.p50Micros()),
            Report.ms(l.p99Micros()), Report.ms(l.p999Micros()),
            l.achievedPerSecond() < 0.95 * l.offeredPerSecond() ? " (overloaded: " + Math.round(l.achievedPerSecond()) + "/s)" : ""));
      }
      out.append('\n');
    }
    out.append("\nEach query alone (median ms over repeated runs, one thread; hits = pages for raw Lucene, talks for Lectern, "
        + "groups for Solr):\n\n| kind | query |");
    results.forEach(r -> out.append(' ').append(r.name()).append(" |"));
    out.append("\n|---|---|");
    results.forEach(r -> out.append("---:|"));
    out.append('\n');
    for (int q = 0; q < QueryMix.QUERIES.size(); q++) {
      QueryMix.BenchQuery query = QueryMix.QUERIES.get(q);
      out.append("| ").append(query.kind()).append(" | `").append(query.text()).append("` |");
      for (EngineResult r : results) {
        out.append(String.format(Locale.ROOT, " %s (%d) |", Report.ms(r.perQueryMicros().get(q)), r.hits().get(q)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  static EngineResult read(Path json) throws java.io.IOException {
    ObjectMapper mapper = new ObjectMapper()
        .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Map<?, ?> tree = mapper.readValue(json.toFile(), Map.class);
    return mapper.convertValue(tree, EngineResult.class);
  }

  static Object solrIndexSeconds(Path json) throws java.io.IOException {
    return new ObjectMapper().readValue(json.toFile(), Map.class).get("indexSeconds");
  }
}
