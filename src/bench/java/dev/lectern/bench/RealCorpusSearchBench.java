package dev.lectern.bench;

import dev.lectern.bench.load.LatencyResult;
import dev.lectern.bench.load.LoadRunner;
import dev.lectern.bench.load.Protocol;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Search on the real corpus (the shared decks, real slide lengths), served as users serve it: the
 * corpus indexed by {@code lectern index --ocr off --no-page-images} (text and embeddings), then
 * {@code lectern serve --no-reconcile} through the launcher. Per search mode (lexical, hybrid):
 * each query of {@link QueryMix#REAL} alone over HTTP (p50/p99), open-loop latency at the offered
 * rates, and saturation with wrk (2 threads, 8 connections; the bench's own client without wrk)
 * against the same server's {@code /health} under the same load, with the server's CPU time per
 * request. A JFR recording of each mode's saturation run says where the time goes.
 */
final class RealCorpusSearchBench {
  private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern WRK_PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
      Pattern.MULTILINE);
  private static final Pattern TOOK = Pattern.compile("\"tookMs\":\\d+");
  private static final Pattern WRK_NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  /**
   * What is measured: each mode with the server's answer cache bypassed ({@code cache=false}, the
   * engine's own speed; an older build ignores the parameter and has no cache), then, on the current
   * build, the same mix answered from the cache after each query's first request (how fast a repeated
   * search is; its hit rate says how often users repeat, not how fast the engine is).
   */
  private record Variant(String label, String params, boolean cached) {}

  private static final List<Variant> ENGINE = List.of(new Variant("lexical", "&mode=lexical&cache=false", false),
      new Variant("hybrid", "&mode=hybrid&cache=false", false));
  private static final List<Variant> CACHED = List.of(new Variant("lexical, cached", "&mode=lexical", true),
      new Variant("hybrid, cached", "&mode=hybrid", true));
  /** The Lectern frames whose share of a profile the report lists, in the order a search runs them. */
  private static final List<String> STEPS = List.of(
      "dev.lectern.web.SearchController.search", "dev.lectern.index.TalkSearcher.search",
      "dev.lectern.index.QueryTranslator.translate", "dev.lectern.index.TalkSearcher.match",
      "dev.lectern.index.Speller.suggest", "dev.lectern.index.SemanticSearch.rank",
      "dev.lectern.index.HybridRanking.nearest", "dev.lectern.index.HybridRanking.fuse",
      "dev.lectern.index.QueryVectors.of", "dev.lectern.index.WordCoverage.of", "dev.lectern.index.TalkFacets.count",
      "dev.lectern.index.TalkSearcher.hits", "dev.lectern.index.SlideHighlighter.read",
      "dev.lectern.index.TalkSearcher.snippets", "dev.lectern.index.SemanticSearch.closestLines",
      "ai.onnxruntime.OrtSession.run", "io.javalin.http.Context.json");

  private final Path root;
  private final Path meetups;
  private final Path work;
  private final Protocol protocol;
  private final Report report;
  private final Targets targets;
  private final String javaHome = System.getProperty("java.home");
  /** An older build to measure first, on a copy of the same index; null for none. */
  private final Path baselineJar;

  RealCorpusSearchBench(Path root, Path meetups, Path work, Protocol protocol, Report report, Targets targets,
      Path baselineJar) {
    this.baselineJar = baselineJar;
    this.root = root;
    this.meetups = meetups;
    this.work = work;
    this.protocol = protocol;
    this.report = report;
    this.targets = targets;
  }

  /** One mode's numbers. */
  private record ModeResult(Variant variant, List<Double> aloneP50, List<Double> aloneP99, double pooledP50,
      double pooledP99, List<Double> firstMicros, List<Long> hits, List<Long> bytes, List<String> answers,
      List<LatencyResult> latency, Saturation saturation, String profile) {
    ModeResult withProfile(String shares) {
      return new ModeResult(variant, aloneP50, aloneP99, pooledP50, pooledP99, firstMicros, hits, bytes, answers,
          latency, saturation, shares);
    }

    String mode() {
      return variant.label();
    }
  }

  /** Closed-loop throughput: requests/s, latency percentiles (ms), and the server's CPU ms per request. */
  private record Saturation(String tool, double perSecond, double p50Ms, double p99Ms, long errors, double cpuMsPerRequest) {}

  void run() throws Exception {
    Files.createDirectories(work);
    Path index = work.resolve("index");
    // Incremental: the first run extracts and embeds the corpus, later runs find it unchanged.
    Timed indexed = Timed.run(root, work.resolve("index.log"), List.of("env", "JAVA_HOME=" + javaHome,
        root.resolve("lectern").toString(), "index", "--archive", meetups.toString(), "--index", index.toString(),
        "--ocr", "off", "--no-page-images"));
    report.note(String.format(Locale.ROOT, "real corpus: lectern index %.1f s wall, exit %d (load %s)",
        indexed.wallSeconds(), indexed.exit(), Machine.load()));
    if (indexed.exit() != 0 && indexed.exit() != 1) {
      throw new IOException("lectern index failed: see " + work.resolve("index.log"));
    }
    List<String> texts = QueryMix.texts(QueryMix.REAL);
    ServerRun before = null;
    if (baselineJar != null) {
      // Before and after in one run: the same index (a copy, each server holds its own lock), served
      // the same way, one after the other.
      Path copy = work.resolve("index-baseline");
      copyTree(index, copy);
      before = serve("baseline (" + baselineJar.getFileName() + ")", baselineJar, copy, texts, false);
      report.section("Search, real corpus (" + meetups + "), baseline " + baselineJar,
          table(before.corpus(), before.modes(), before.health()));
    }
    ServerRun current = serve("target/lectern.jar", null, index, texts, true);
    report.section("Search, real corpus (" + meetups + ")", table(current.corpus(), current.modes(), current.health()));
    report.note(sameAnswers(current.modes(), "current build", current.modes()));
    if (before != null) {
      report.note(sameAnswers(current.modes(), "the baseline", before.modes()));
    }
    check(current.modes(), current.health());
    new HybridSplit(report).run(index);
  }

  /**
   * Whether each answer of the mix (its {@code tookMs} aside) is the same JSON as the other run's answer
   * of the same mode: a cached answer against the computed one, the current build against the baseline.
   */
  private static String sameAnswers(List<ModeResult> current, String otherName, List<ModeResult> other) {
    StringBuilder out = new StringBuilder("real corpus, same JSON as ").append(otherName).append(':');
    for (ModeResult r : current) {
      String mode = r.mode().split(",")[0];
      ModeResult peer = other.stream().filter(o -> o.mode().equals(mode)).findFirst().orElse(null);
      if (peer == null || (peer == r)) {
        continue;
      }
      List<String> differ = new ArrayList<>();
      for (int q = 0; q < r.answers().size(); q++) {
        if (!r.answers().get(q).equals(peer.answers().get(q))) {
          differ.add(QueryMix.REAL.get(q).text());
        }
      }
      out.append(String.format(Locale.ROOT, " %s vs %s %d of %d%s;", r.mode(), peer.mode(),
          r.answers().size() - differ.size(), r.answers().size(), differ.isEmpty() ? "" : " (differ: " + differ + ")"));
    }
    return out.toString();
  }

  /** One server's numbers: what it serves, each mode, and /health under the same load. */
  private record ServerRun(String corpus, List<ModeResult> modes, Saturation health) {}

  /**
   * Serves {@code index} with {@code jar} ({@code java -jar}, the launcher's flags) or, when null,
   * through the launcher as users do; measures each mode and /health, then (when {@code profile})
   * records each mode's saturation apart, so the profiler's cost is in no number.
   */
  private ServerRun serve(String label, Path jar, Path index, List<String> texts, boolean profile) throws Exception {
    int port = StartupBench.freePort();
    String base = "http://127.0.0.1:" + port;
    List<String> serve = List.of("serve", "--no-reconcile", "--index", index.toString(), "--archive", meetups.toString(),
        "--port", Integer.toString(port));
    List<String> command = new ArrayList<>();
    if (jar == null) {
      command.add(root.resolve("lectern").toString());
    } else {
      command.addAll(List.of(Path.of(javaHome, "bin", "java").toString(), "--add-modules", "jdk.incubator.vector",
          "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString()));
    }
    command.addAll(serve);
    ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("serve-" + (jar == null ? "current" : "baseline") + ".log").toFile());
    launch.environment().put("JAVA_HOME", javaHome);
    Process server = launch.start();
    try {
      String corpusLine = label + ": " + waitForModel(base, server);
      ProcessHandle jvm = jar == null ? javaChild(server) : server.toHandle();
      // JIT warm-up on the lexical path first, so that a hybrid query's first request measures what
      // is new to it (embedding the query), not the compiler.
      new LoadRunner(texts.size()).warm(LecternHttp.withParams(base, texts, ENGINE.get(0).params()), 2,
          protocol.warmup());
      List<ModeResult> results = new ArrayList<>();
      for (Variant variant : ENGINE) {
        results.add(measure(base, jvm, texts, variant));
      }
      if (jar == null) {
        for (Variant variant : CACHED) {
          results.add(measure(base, jvm, texts, variant));
        }
      }
      Saturation health = saturate(base, jvm, Collections.nCopies(texts.size(), "/health"), "health", null);
      if (profile) {
        List<ModeResult> profiled = new ArrayList<>();
        for (ModeResult r : results) {
          if (r.variant().cached()) {
            profiled.add(r);
            continue;
          }
          Path recording = work.resolve("search-real-" + r.mode() + ".jfr");
          saturate(base, jvm, LecternHttp.paths(texts, r.variant().params()), r.mode(), recording);
          profiled.add(r.withProfile(profile(recording)));
        }
        results = profiled;
      }
      return new ServerRun(corpusLine, results, health);
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (var walk = Files.walk(to)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, target);
        }
      }
    }
  }

  private ModeResult measure(String base, ProcessHandle jvm, List<String> texts, Variant variant) throws Exception {
    String before = Machine.load();
    List<String> paths = LecternHttp.paths(texts, variant.params());
    LecternHttp http = LecternHttp.withParams(base, texts, variant.params());
    List<Double> first = new ArrayList<>();
    List<Long> hits = new ArrayList<>();
    List<Long> bytes = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (int q = 0; q < texts.size(); q++) {
      long t = System.nanoTime();
      String body = get(base + paths.get(q));
      first.add((System.nanoTime() - t) / 1000.0);
      hits.add(total(body));
      bytes.add((long) body.getBytes(StandardCharsets.UTF_8).length);
      // The second answer: from the cache when the variant uses it, so it is compared with a computed one.
      answers.add(TOOK.matcher(get(base + paths.get(q))).replaceFirst("\"tookMs\":0"));
    }
    LoadRunner runner = new LoadRunner(texts.size());
    runner.warm(http, 2, protocol.warmup());
    Histogram pooled = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (int q = 0; q < texts.size(); q++) {
      Histogram alone = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
      for (int i = 0; i < protocol.aloneRepeats(); i++) {
        long t = System.nanoTime();
        http.run(q);
        long micros = Math.max(1, (System.nanoTime() - t) / 1000);
        alone.recordValue(micros);
        pooled.recordValue(micros);
      }
      p50.add((double) alone.getValueAtPercentile(50));
      p99.add((double) alone.getValueAtPercentile(99));
    }
    List<LatencyResult> latency = new ArrayList<>();
    for (double rate : protocol.rates()) {
      latency.add(runner.openLoop(http, rate, protocol.latencyTime(), protocol.workers()));
    }
    Saturation saturation = saturate(base, jvm, paths, variant.label(), null);
    report.note("real corpus, " + variant.label() + ": measured (load before " + before + ", after " + Machine.load()
        + ")");
    return new ModeResult(variant, p50, p99, pooled.getValueAtPercentile(50), pooled.getValueAtPercentile(99), first,
        hits, bytes, answers, latency, saturation, "");
  }

  /**
   * The server saturated by wrk ({@code -t2 -c8}) over the paths round-robin, or by the bench's own
   * client at 8 connections when wrk is not installed; with a JFR recording when {@code recording} is set.
   */
  private Saturation saturate(String base, ProcessHandle jvm, List<String> paths, String name, Path recording)
      throws Exception {
    Duration time = protocol.saturationTime();
    if (recording != null) {
      jcmd(jvm.pid(), "JFR.start", "name=bench", "settings=profile");
    }
    Duration cpuBefore = cpu(jvm);
    long start = System.nanoTime();
    Saturation result;
    if (Files.isExecutable(Path.of("/usr/bin/wrk"))) {
      String file = name.replaceAll("[^a-z]+", "-");
      Path script = work.resolve("mix-" + file + ".lua");
      StringBuilder lua = new StringBuilder("local paths = {");
      for (String p : paths) {
        lua.append('"').append(p).append("\",");
      }
      lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
      Files.writeString(script, lua.toString(), StandardCharsets.UTF_8);
      Process wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + time.toSeconds() + "s", "--latency", "-s",
          script.toString(), base).redirectErrorStream(true).start();
      String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      wrk.waitFor();
      Files.writeString(work.resolve("wrk-" + file + ".txt"), out, StandardCharsets.UTF_8);
      Matcher rate = WRK_RATE.matcher(out);
      if (!rate.find()) {
        throw new IOException("cannot read wrk's output: " + out);
      }
      double p50 = -1;
      double p99 = -1;
      Matcher pct = WRK_PERCENTILE.matcher(out);
      while (pct.find()) {
        double ms = Double.parseDouble(pct.group(2)) * switch (pct.group(3)) {
          case "us" -> 0.001;
          case "s" -> 1000;
          default -> 1;
        };
        if (pct.group(1).equals("50")) {
          p50 = ms;
        } else {
          p99 = ms;
        }
      }
      Matcher bad = WRK_NON_2XX.matcher(out);
      double perSecond = Double.parseDouble(rate.group(1));
      result = new Saturation("wrk -t2 -c8", perSecond, p50, p99, bad.find() ? Long.parseLong(bad.group(1)) : 0,
          cpuMsPerRequest(jvm, cpuBefore, perSecond * (System.nanoTime() - start) / 1e9));
    } else {
      LecternHttp own = LecternHttp.ofUris(paths.stream().map(p -> base + p).toList());
      double perSecond = new LoadRunner(paths.size()).saturation(own, 8, time);
      result = new Saturation("bench client, 8 threads", perSecond, -1, -1, 0,
          cpuMsPerRequest(jvm, cpuBefore, perSecond * (System.nanoTime() - start) / 1e9));
    }
    if (recording != null) {
      jcmd(jvm.pid(), "JFR.stop", "name=bench", "filename=" + recording);
    }
    return result;
  }

  private static double cpuMsPerRequest(ProcessHandle jvm, Duration before, double requests) {
    return requests <= 0 ? -1 : (cpu(jvm).toNanos() - before.toNanos()) / 1e6 / requests;
  }

  private static Duration cpu(ProcessHandle jvm) {
    return jvm.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** Where one mode's time went: each step's inclusive share of the execution samples. */
  private String profile(Path recording) throws Exception {
    Process p = new ProcessBuilder(Path.of(javaHome, "bin", "jfr").toString(), "print", "--events",
        "jdk.ExecutionSample", "--stack-depth", "96", recording.toString()).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return new StackShares(text).selected(STEPS);
  }

  private String table(String corpusLine, List<ModeResult> results, Saturation health) {
    StringBuilder out = new StringBuilder();
    out.append(corpusLine).append("; load at end ").append(Machine.load()).append(".\n\n");
    out.append("`./lectern index --ocr off --no-page-images` (text and slide embeddings), then `./lectern serve "
        + "--no-reconcile` through the launcher; every request over HTTP on loopback, `mode=` set per row; rows "
        + "without \", cached\" send `cache=false` (the engine; an older build ignores it), \", cached\" rows the same "
        + "mix answered from the server's cache after each query's first request. ")
        .append("Saturation: ").append(health.tool()).append(" for ").append(protocol.saturationTime().toSeconds())
        .append(" s over the mix round-robin, against `/health` on the same server the same way; server CPU ms per "
            + "request = the server JVM's CPU time over the run / requests served (steadier than wall time on a "
            + "shared machine).\n\n");
    out.append("| mode | alone p50 / p99 (ms, all queries) | ");
    protocol.rates().forEach(r -> out.append(String.format(Locale.ROOT, "%.0f/s p50 / p99 / p99.9 | ", r)));
    out.append("saturation q/s | × /health | saturation p50 / p99 (ms) | server CPU ms/request |\n|---|---:|");
    protocol.rates().forEach(r -> out.append("---:|"));
    out.append("---:|---:|---:|---:|\n");
    for (ModeResult r : results) {
      out.append(String.format(Locale.ROOT, "| %s | %s / %s | ", r.mode(), Report.ms(r.pooledP50()),
          Report.ms(r.pooledP99())));
      for (LatencyResult l : r.latency()) {
        out.append(String.format(Locale.ROOT, "%s / %s / %s%s | ", Report.ms(l.p50Micros()), Report.ms(l.p99Micros()),
            Report.ms(l.p999Micros()), l.achievedPerSecond() < 0.95 * l.offeredPerSecond()
                ? " (overloaded: " + Math.round(l.achievedPerSecond()) + "/s)" : ""));
      }
      out.append(String.format(Locale.ROOT, "%.0f | %.3f× | %.1f / %.1f | %.2f |%n", r.saturation().perSecond(),
          r.saturation().perSecond() / health.perSecond(), r.saturation().p50Ms(), r.saturation().p99Ms(),
          r.saturation().cpuMsPerRequest()));
    }
    out.append(String.format(Locale.ROOT, "| GET /health | – | %s%.0f | 1× | %.1f / %.1f | %.2f |%n",
        "– | ".repeat(protocol.rates().size()), health.perSecond(), health.p50Ms(), health.p99Ms(),
        health.cpuMsPerRequest()));
    out.append("\nEach query alone (").append(protocol.aloneRepeats())
        .append(" requests, one client, after warm-up): p50 / p99 ms; first = the query's first request in that mode "
            + "(for hybrid, before its vector is cached); talks found; JSON bytes:\n\n| kind | query |");
    results.forEach(r -> out.append(' ').append(r.mode()).append(" p50 / p99 | first | talks | bytes |"));
    out.append("\n|---|---|");
    results.forEach(r -> out.append("---:|---:|---:|---:|"));
    out.append('\n');
    for (int q = 0; q < QueryMix.REAL.size(); q++) {
      QueryMix.BenchQuery query = QueryMix.REAL.get(q);
      out.append("| ").append(query.kind()).append(" | `").append(query.text()).append("` |");
      for (ModeResult r : results) {
        out.append(String.format(Locale.ROOT, " %s / %s | %s | %d | %,d |", Report.ms(r.aloneP50().get(q)),
            Report.ms(r.aloneP99().get(q)), Report.ms(r.firstMicros().get(q)), r.hits().get(q), r.bytes().get(q)));
      }
      out.append('\n');
    }
    for (ModeResult r : results) {
      if (!r.profile().isEmpty()) {
        out.append("\nWhere the server's time goes, ").append(r.mode())
            .append(" (JFR `profile` during the saturation run; recording `search-real-").append(r.mode())
            .append(".jfr`): share of execution samples with each frame on the stack:\n\n").append(r.profile());
      }
    }
    return out.toString();
  }

  private void check(List<ModeResult> results, Saturation health) {
    for (ModeResult r : results) {
      targets.check("real corpus, " + r.mode() + ": saturation ≥ 0.3× /health on the same server",
          Targets.f("%.0f vs %.0f requests/s = %.3f× (server CPU %.2f vs %.2f ms/request)", r.saturation().perSecond(),
              health.perSecond(), r.saturation().perSecond() / health.perSecond(), r.saturation().cpuMsPerRequest(),
              health.cpuMsPerRequest()), r.saturation().perSecond() >= 0.3 * health.perSecond());
      targets.check("real corpus, " + r.mode() + ": single-query p50 over HTTP < 3 ms",
          Targets.f("%s ms (p99 %s ms; slowest query's p50 %s ms)", Report.ms(r.pooledP50()), Report.ms(r.pooledP99()),
              Report.ms(r.aloneP50().stream().mapToDouble(Double::doubleValue).max().orElse(0))),
          r.pooledP50() < 3000);
      for (LatencyResult l : r.latency()) {
        if (l.offeredPerSecond() == 50) {
          targets.check("real corpus, " + r.mode() + ": p99 at 50 queries/s < 10 ms",
              Targets.f("%s ms (p50 %s ms, p99.9 %s ms)", Report.ms(l.p99Micros()), Report.ms(l.p50Micros()),
                  Report.ms(l.p999Micros())), l.p99Micros() < 10_000);
        }
      }
    }
  }

  /** Waits for /health, then for the model: hybrid answers by words alone until the model is loaded. */
  private String waitForModel(String base, Process server) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    String health = "";
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IOException("server exited with " + server.exitValue() + "; see " + work.resolve("serve.log"));
      }
      try {
        health = get(base + "/health");
        if (health.contains("\"semantic\":\"ready\"") || health.contains("\"semantic\":\"failed\"")
            || health.contains("\"semantic\":\"off\"")) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    Matcher talks = Pattern.compile("\"talks\":(\\d+),\"pages\":(\\d+)").matcher(health);
    Matcher semantic = Pattern.compile("\"semantic\":\"(\\w+)\"").matcher(health);
    return (talks.find() ? talks.group(1) + " talks, " + talks.group(2) + " pages" : health)
        + (semantic.find() ? "; semantic search " + semantic.group(1) : "");
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private String get(String uri) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " for " + uri);
    }
    return response.body();
  }

  private static long total(String json) {
    Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** The launcher runs Java as its child; the server's CPU time and JFR are that JVM's. */
  private static ProcessHandle javaChild(Process launcher) throws IOException {
    Optional<ProcessHandle> java = launcher.toHandle().descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
    return java.orElseThrow(() -> new IOException("no java process under the launcher"));
  }

  private void jcmd(long pid, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(javaHome, "bin", "jcmd").toString(), Long.toString(pid)));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor();
  }
}
