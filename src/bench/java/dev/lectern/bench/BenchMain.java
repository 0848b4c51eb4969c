package dev.lectern.bench;

import dev.lectern.bench.load.Protocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./lectern bench [--suites search,search-real,ingest,startup,profile,churn,embed] [--slides 300] [--rounds 2] [--sizes 10000,100000] [--rates 10,50]
 * [--seconds 10] [--seed 42] [--baseline-jar JAR] [--publish]}: runs the suites and writes a Markdown report to
 * target/bench/; {@code --publish} also keeps it as BENCHMARKS.md at the repository root.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = parse(argv);
    Path root = Path.of(args.getOrDefault("root", ".")).toAbsolutePath().normalize();
    Path out = root.resolve("target/bench");
    List<String> suites = list(args.getOrDefault("suites", "search,ingest,startup"));
    List<Integer> sizes = list(args.getOrDefault("sizes", "10000,100000")).stream().map(Integer::parseInt).toList();
    long seed = Long.parseLong(args.getOrDefault("seed", "42"));
    int seconds = Integer.parseInt(args.getOrDefault("seconds", "10"));
    Path corpus = Path.of(args.getOrDefault("corpus", root.resolve("../shared/corpus").toString())).normalize();
    Protocol protocol = new Protocol(List.of(1, 2, 4, 8),
        list(args.getOrDefault("rates", "10,50")).stream().map(Double::parseDouble).toList(),
        Duration.ofSeconds(Math.max(2, seconds / 2)), Duration.ofSeconds(Math.max(2, seconds / 2)),
        Duration.ofSeconds(seconds), Integer.parseInt(args.getOrDefault("repeats", "30")), 16);
    Report report = new Report();
    Targets targets = new Targets();
    report.keepIn(out, "./lectern bench " + String.join(" ", argv));
    report.note("start: load " + Machine.load());
    boolean synthetic = suites.stream().anyMatch(s -> List.of("search", "startup", "profile").contains(s));
    List<SourcePages.SourcePage> pages = List.of();
    if (synthetic || suites.contains("embed")) {
      // --extracted DIR: real pages from an index's extraction cache instead of extracting the corpus again.
      pages = args.containsKey("extracted")
          ? SourcePages.fromCache(Path.of(args.get("extracted")), args.getOrDefault("extracted-variant", "ocr=off-unavailable"))
          : SourcePages.load(out.resolve("source-pages.jsonl"), List.of(corpus.resolve("meetups"), root.resolve("ingest")));
      report.note("source pages: " + pages.size() + " real pages from " + corpus.resolve("meetups") + " and ingest/");
    }
    if (suites.contains("embed")) {
      new EmbedBench(report, out.resolve("native")).run(pages, Integer.parseInt(args.getOrDefault("slides", "300")),
          Integer.parseInt(args.getOrDefault("rounds", "2")));
    }
    Map<Integer, BenchCorpus> corpora = new HashMap<>();
    for (int size : synthetic ? sizes : List.<Integer>of()) {
      corpora.put(size, BenchCorpus.ensure(out, size, seed, pages, report));
    }
    if (suites.contains("search") || suites.contains("search-real")) {
      // The real corpus beside the synthetic sizes (search-real: the real corpus alone).
      // --baseline-jar JAR: the same measurements on an older build first, for before/after in one run.
      new RealCorpusSearchBench(root, corpus.resolve("meetups"), out.resolve("search-real"), protocol, report, targets,
          args.containsKey("baseline-jar") ? Path.of(args.get("baseline-jar")).toAbsolutePath() : null).run();
    }
    if (suites.contains("search")) {
      SearchBench search = new SearchBench(protocol, report,
          new SolrPeerRunner(root.resolve("bench/solr-peer"), args.getOrDefault("solr-heap", "1g")), targets);
      for (int size : sizes) {
        search.run(corpora.get(size));
      }
    }
    if (suites.contains("ingest")) {
      new IngestBench(root, corpus.resolve("meetups"), out.resolve("ingest"), report, targets).run();
    }
    if (suites.contains("startup")) {
      int largest = sizes.stream().max(Integer::compare).orElseThrow();
      new StartupBench(root, out, report, targets).run(corpora.get(largest));
    }
    if (suites.contains("churn")) {
      new ChurnBench(root, out, report).run(corpus.resolve("meetups"), Duration.ofSeconds(Math.max(30, seconds * 6)));
    }
    if (suites.contains("profile")) {
      int largest = sizes.stream().max(Integer::compare).orElseThrow();
      new ProfileBench(out, report, Duration.ofSeconds(Math.max(10, seconds * 2))).run(corpora.get(largest));
    }
    if (!targets.isEmpty()) {
      report.section("Targets", targets.table());
    }
    report.note("end: load " + Machine.load());
    String command = "./lectern bench " + String.join(" ", argv);
    Path file = report.write(out, command);
    System.out.println("bench: report written to " + file);
    if (args.containsKey("publish")) {
      Path published = root.resolve("BENCHMARKS.md");
      // Hand-written analysis below the marker survives a new run; the numbers above it are replaced.
      String marker = "<!-- analysis -->";
      String kept = "";
      if (Files.isRegularFile(published)) {
        String old = Files.readString(published, StandardCharsets.UTF_8);
        int at = old.indexOf(marker);
        kept = at < 0 ? "" : "\n" + old.substring(at);
      }
      Files.writeString(published, report.render(command) + kept, StandardCharsets.UTF_8);
      System.out.println("bench: BENCHMARKS.md updated");
    }
  }

  private static List<String> list(String csv) {
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Map<String, String> parse(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + argv[i]);
      }
      String name = argv[i].substring(2);
      if (name.equals("publish")) {
        args.put(name, "true");
      } else if (i + 1 < argv.length) {
        args.put(name, argv[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return args;
  }
}
