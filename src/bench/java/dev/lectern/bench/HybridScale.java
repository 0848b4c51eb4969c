package dev.lectern.bench;

import dev.lectern.embed.NativeLibraries;
import dev.lectern.embed.SharedEncoder;
import dev.lectern.embed.SlideEncoder;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.QueryVectors;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.TextEmbedder;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.web.WebServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;

/**
 * Hybrid against lexical search over HTTP at a generated size (#12's "hybrid p50/p99 at 100k slides"),
 * without embedding 100k slides: the generated slides are built from the real corpus's pages (as the
 * search suite's corpus is), and each carries its source page's real vector, slightly perturbed. The
 * query side is the real model; a query's vector is cached after its first search, as the server does.
 *
 * <p>{@code java -cp … dev.lectern.bench.HybridScale REAL-INDEX OUT-DIR SLIDES [ROUNDS]}: REAL-INDEX is an
 * index folder whose pages were embedded ({@code lectern index} with the model), OUT-DIR where the
 * generated index goes (reused when present). Prints a Markdown table: per mode, the first pass over the
 * query mix (hybrid embeds each query then) and the later rounds, lexical and hybrid interleaved query by
 * query so both meet the same load, and the process's CPU time per request in the later rounds (the
 * client's share of it is the same small amount in both modes).
 */
final class HybridScale {
  private HybridScale() {}

  public static void main(String[] args) throws Exception {
    Path real = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int slides = Integer.parseInt(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    Path lucene = out.resolve("lucene");
    JsonCodec json = new JsonCodec();
    if (!Files.isDirectory(lucene)) {
      List<SourcePages.SourcePage> pages = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      read(real.resolve("lucene"), pages, vectors);
      long start = System.nanoTime();
      SyntheticCorpus.Stats stats = new SyntheticCorpus(pages, 42).withVectors(vectors)
          .build(slides, out.resolve("slides.jsonl"), lucene, Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "built %d slides in %d talks from %d real pages with vectors in %.1f s (load %s)%n",
          stats.slides(), stats.talks(), pages.size(), (System.nanoTime() - start) / 1e9, Machine.load());
    }
    try (SlideIndex index = SlideIndex.openForReading(lucene, json);
        SharedEncoder encoder = new SharedEncoder(new NativeLibraries(real.resolve("native")),
            Runtime.getRuntime().availableProcessors(), SlideEncoder.DEFAULT_MAX_TOKENS)) {
      TextEmbedder model = texts -> encoder.get().embedAll(texts);
      encoder.get(); // the model loads once, before any measurement
      TalkSearcher searcher = new TalkSearcher(index, new Glossary(null), new SemanticSearch(new QueryVectors(model)));
      Path empty = Files.createDirectories(out.resolve("empty-archive"));
      WebServer server = new WebServer(index, searcher, json, empty, () -> 0).start("127.0.0.1", 0);
      try {
        measure("http://127.0.0.1:" + server.port(), QueryMix.texts(), rounds);
      } finally {
        server.stop();
      }
    }
  }

  private static void measure(String base, List<String> queries, int rounds) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String[] modes = {"lexical", "hybrid"};
    List<List<Double>> first = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> later = List.of(new ArrayList<>(), new ArrayList<>());
    // The server runs in this process: its CPU time per request is steadier than wall time on shared cores.
    List<List<Double>> laterCpu = List.of(new ArrayList<>(), new ArrayList<>());
    String loadBefore = Machine.load();
    for (int round = 0; round <= rounds; round++) {
      for (String q : queries) {
        for (int m = 0; m < modes.length; m++) {
          URI uri = URI.create(base + "/api/search?mode=" + modes[m] + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
          long cpu = cpuNanos();
          long t = System.nanoTime();
          HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
              HttpResponse.BodyHandlers.ofString());
          double ms = (System.nanoTime() - t) / 1e6;
          double cpuMs = (cpuNanos() - cpu) / 1e6;
          if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
          }
          (round == 0 ? first : later).get(m).add(ms);
          if (round > 0) {
            laterCpu.get(m).add(cpuMs);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d queries, 1 + %d rounds, one client, load %s before and %s after%n%n",
        queries.size(), rounds, loadBefore, Machine.load());
    System.out.println("| mode | first pass p50 / p99 ms | later rounds p50 / p99 / max ms"
        + " | later rounds CPU ms per search, mean / p50 |");
    System.out.println("|---|---|---|---|");
    for (int m = 0; m < modes.length; m++) {
      double[] a = sorted(first.get(m));
      double[] b = sorted(later.get(m));
      double[] c = sorted(laterCpu.get(m));
      System.out.printf(Locale.ROOT, "| %s | %.2f / %.2f | %.2f / %.2f / %.2f | %.2f / %.2f |%n", modes[m], pct(a, 50),
          pct(a, 99), pct(b, 50), pct(b, 99), b[b.length - 1], Arrays.stream(c).average().orElse(0), pct(c, 50));
    }
  }

  /**
   * CPU time of every live thread of this process, in nanoseconds: the server's request thread, the
   * client, the compiler and GC. The process-wide counter ticks in 10 ms steps here, too coarse for one search.
   */
  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  private static double[] sorted(List<Double> ms) {
    double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a;
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** Every page of the index that carries a vector: its text and notes, and the vector. */
  private static void read(Path lucene, List<SourcePages.SourcePage> pages, List<float[]> vectors) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(lucene))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader segment = leaf.reader();
        FloatVectorValues values = null;
        for (FieldInfo field : segment.getFieldInfos()) {
          if (field.getVectorDimension() > 0) {
            values = segment.getFloatVectorValues(field.name);
          }
        }
        if (values == null) {
          continue;
        }
        StoredFields stored = segment.storedFields();
        KnnVectorValues.DocIndexIterator it = values.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (segment.getLiveDocs() != null && !segment.getLiveDocs().get(doc)) {
            continue;
          }
          var page = stored.document(doc);
          String text = page.get("text") == null ? "" : page.get("text");
          String notes = page.get("notes") == null ? "" : page.get("notes");
          if (text.isBlank() && notes.isBlank()) {
            continue;
          }
          pages.add(new SourcePages.SourcePage("", "", text, notes));
          vectors.add(values.vectorValue(it.index()).clone());
        }
      }
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException(lucene + " holds no page with a vector: index it with the model first");
    }
  }
}
