package dev.lectern.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real jar, started as users start it ({@code ./lectern serve --no-reconcile}, so the synthetic
 * index is served as it is): time from process start to the first 200 on /health, heap after a full
 * GC (jcmd) before and after a round of searches, resident memory, and index size against text size.
 * The first run starts without the launcher's class-data archive and writes it at exit; the target
 * is judged on the median of the runs after it, which is what every later start of a server sees.
 */
final class StartupBench {
  private static final int RUNS = 4;
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  private final Path root;
  private final Path out;
  private final Report report;
  private final String javaHome = System.getProperty("java.home");
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

  private final Targets targets;

  StartupBench(Path root, Path out, Report report, Targets targets) {
    this.targets = targets;
    this.root = root;
    this.out = out;
    this.report = report;
  }

  void run(BenchCorpus corpus) throws Exception {
    Path empty = Files.createDirectories(corpus.dir().resolve("empty-archive"));
    List<Double> startups = new ArrayList<>();
    StringBuilder memory = new StringBuilder();
    for (int run = 1; run <= RUNS; run++) {
      int port = freePort();
      String load = Machine.load();
      long start = System.nanoTime();
      if (run == 1) {
        Files.deleteIfExists(root.resolve("target/lectern.jsa"));
      }
      ProcessBuilder launch = new ProcessBuilder(root.resolve("lectern").toString(), "serve", "--no-reconcile",
          "--index", corpus.indexDir().toString(), "--archive", empty.toString(), "--port", Integer.toString(port))
          .redirectErrorStream(true).redirectOutput(out.resolve("serve-" + run + ".log").toFile());
      launch.environment().put("JAVA_HOME", javaHome);
      Process server = launch.start();
      try {
        String health = waitForHealth(port, server);
        double seconds = (System.nanoTime() - start) / 1e9;
        startups.add(seconds);
        report.note(String.format(Locale.ROOT, "startup run %d: %.2f s to first /health 200 (%s) (load before %s)",
            run, seconds, health, load));
        if (run == RUNS) {
          long idle = heapAfterGc(server.pid());
          searchRound(port);
          long searched = heapAfterGc(server.pid());
          targets.check(Targets.f("%,d slides: server heap after GC ≤ 256 MB", corpus.stats().slides()),
              Targets.f("%.0f MB idle, %.0f MB after searches", idle / 1024.0, searched / 1024.0),
              Math.max(idle, searched) <= 256 * 1024);
          memory.append(String.format(Locale.ROOT,
              "| %d | %.1f | %.1f | %.1f | %s |%n", corpus.stats().slides(), idle / 1024.0, searched / 1024.0,
              rssKb(server.pid()) / 1024.0, Machine.load()));
        }
      } finally {
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      }
    }
    long indexBytes = size(corpus.lucene());
    SyntheticCorpus.Stats stats = corpus.stats();
    StringBuilder md = new StringBuilder();
    md.append("`./lectern serve --no-reconcile --index <corpus-").append(stats.slides())
        .append(">` (the launcher, so its JDK lookup and class-data archive count) with default JVM heap settings. ")
        .append("Startup = process start to first HTTP 200 on /health. The first run has no class-data archive yet ")
        .append("(as after a new build) and writes it at exit; the median is of the runs after it.\n\n");
    md.append("| slides | startup runs (s) | median of runs 2.. (s) |\n|---:|---|---:|\n");
    List<Double> sorted = startups.subList(1, startups.size()).stream().sorted().toList();
    md.append(String.format(Locale.ROOT, "| %d | %s | %.2f |%n%n", stats.slides(),
        String.join(", ", startups.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList()),
        sorted.get(sorted.size() / 2)));
    md.append("Memory of the server (heap used after `jcmd GC.run`, just started and after 3 rounds of the query mix over HTTP; "
        + "RSS from /proc/PID/status):\n\n| slides | heap after GC, idle (MB) | heap after GC, after searches (MB) | RSS (MB) | load |\n"
        + "|---:|---:|---:|---:|---|\n").append(memory).append('\n');
    md.append(String.format(Locale.ROOT, "Index size: %.1f MB for %d slides = %.0f bytes/slide; extracted text %.1f MB = %.0f bytes/slide; "
            + "index / text = %.2f×%n", indexBytes / 1e6, stats.slides(), (double) indexBytes / stats.slides(),
        stats.textBytes() / 1e6, (double) stats.textBytes() / stats.slides(), (double) indexBytes / stats.textBytes()));
    md.append("\nIndex bytes by Lucene file kind (looking inside compound files: fdt = stored fields, doc = postings, pos = positions, "
        + "pay = offsets and payloads, tim/tip/tmd = term dictionary, dvd = doc values, kdd/kdi = points, nvd = norms):\n\n")
        .append(IndexSize.table(IndexSize.byKind(corpus.lucene())));
    report.section("Startup and memory", md.toString());
    double median = sorted.get(sorted.size() / 2);
    targets.check(Targets.f("%,d slides: startup to first /health 200 ≤ 3 s", stats.slides()),
        Targets.f("median %.2f s of %d runs with the class-data archive; %.2f s for the first start after a build",
            median, RUNS - 1, startups.get(0)), median <= 3.0);
    targets.check(Targets.f("%,d slides: index ≤ 1× the extracted text", stats.slides()),
        Targets.f("%.2f×", (double) indexBytes / stats.textBytes()), indexBytes <= stats.textBytes());
  }

  private String waitForHealth(int port, Process server) throws Exception {
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IOException("server exited with " + server.exitValue() + " before /health answered");
      }
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(5);
    }
    throw new IOException("no /health 200 within 120 s");
  }

  private void searchRound(int port) throws Exception {
    for (int round = 0; round < 3; round++) {
      for (String q : QueryMix.texts()) {
        client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
      }
    }
  }

  /** Heap used in KB after a full collection, from {@code jcmd GC.heap_info}. */
  private long heapAfterGc(long pid) throws Exception {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    Matcher m = HEAP_USED.matcher(info);
    if (!m.find()) {
      throw new IOException("cannot read heap use from: " + info);
    }
    return Long.parseLong(m.group(1));
  }

  private String jcmd(long pid, String command) throws Exception {
    Process p = new ProcessBuilder(Path.of(javaHome, "bin", "jcmd").toString(), Long.toString(pid), command)
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return text;
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
