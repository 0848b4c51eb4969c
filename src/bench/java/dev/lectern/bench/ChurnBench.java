package dev.lectern.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Searches while the archive churns: the real jar serves a fresh copy of the shared corpus (so a bulk
 * ingest runs from the start) while 8 searchers query it without pause and one organizer uploads a new
 * deck every second. Reports search latency percentiles, errors, uploads acknowledged and when the
 * bulk ingest finished. Nothing is asserted: it is a measurement.
 */
final class ChurnBench {
  private static final int SEARCHERS = 8;
  private static final List<String> QUERIES = List.of("goroutine", "torch.compile", "编译器", "service mesh",
      "\"garbage collection\"", "kernels format:pptx", "分布式", "triton", "year:2019..2023 docker", "PrivateUse1");

  private final Path root;
  private final Path out;
  private final Report report;
  private final String javaHome = System.getProperty("java.home");
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ChurnBench(Path root, Path out, Report report) {
    this.root = root;
    this.out = out;
    this.report = report;
  }

  void run(Path corpusMeetups, Duration duration) throws Exception {
    Path work = out.resolve("churn");
    deleteTree(work);
    Path archive = work.resolve("archive");
    copyTree(corpusMeetups, archive);
    copyTree(root.resolve("ingest"), archive);
    Path index = work.resolve("index");
    String token = createToken(index);
    int port = freePort();
    Process server = new ProcessBuilder(Path.of(javaHome, "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-jar", root.resolve("target/lectern.jar").toString(), "serve", "--archive", archive.toString(),
        "--index", index.toString(), "--port", Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile()).start();
    String base = "http://127.0.0.1:" + port;
    try {
      awaitHealth(base, server);
      String load = Machine.load();
      Recorder latencies = new Recorder(3);
      AtomicLong errors = new AtomicLong();
      AtomicLong searches = new AtomicLong();
      AtomicLong acknowledged = new AtomicLong();
      AtomicLong ingestDoneMs = new AtomicLong(-1);
      AtomicBoolean running = new AtomicBoolean(true);
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + 3);
      for (int s = 0; s < SEARCHERS; s++) {
        int offset = s;
        pool.submit(() -> search(base, offset, running, latencies, errors, searches));
      }
      pool.submit(() -> upload(base, token, running, acknowledged, errors));
      pool.submit(() -> watchIngest(base, start, running, ingestDoneMs));
      Map<Long, Long> peakRssKb = new ConcurrentHashMap<>();
      pool.submit(() -> sampleMemory(server.toHandle(), running, peakRssKb));
      Thread.sleep(duration.toMillis());
      running.set(false);
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
      Histogram h = latencies.getIntervalHistogram();
      double seconds = (System.nanoTime() - start) / 1e9;
      String md = String.format(Locale.ROOT, """
          Real jar serving a fresh copy of the shared corpus plus the sample archive (bulk ingest from an empty
          index at start), %d searchers querying without pause (%d queries, round-robin) and one organizer
          uploading a new one-page PDF every second, for %.0f s (load at start %s, at end %s).

          | searches | errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | uploads acknowledged | bulk ingest finished after |
          |---:|---:|---:|---:|---:|---:|---:|---:|---|
          | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s |

          Peak resident memory, sampled every 250 ms from /proc: %s.
          """, SEARCHERS, QUERIES.size(), seconds, load, Machine.load(), searches.get(), errors.get(),
          h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
          h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0,
          acknowledged.get(), ingestDoneMs.get() < 0 ? "not within the run" : ingestDoneMs.get() / 1000.0 + " s",
          memory(server.pid(), peakRssKb));
      report.section("Searching while ingesting and uploading", md);
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private void search(String base, int offset, AtomicBoolean running, Recorder latencies, AtomicLong errors,
      AtomicLong searches) {
    for (int i = offset; running.get(); i++) {
      String q = QUERIES.get(i % QUERIES.size());
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          errors.incrementAndGet();
        }
      } catch (IOException | InterruptedException e) {
        errors.incrementAndGet();
      }
      latencies.recordValue((System.nanoTime() - t0) / 1000);
      searches.incrementAndGet();
    }
  }

  private void upload(String base, String token, AtomicBoolean running, AtomicLong acknowledged, AtomicLong errors) {
    for (int n = 1; running.get(); n++) {
      try {
        String marker = "Churnmark" + n + UUID.randomUUID().toString().substring(0, 6);
        String boundary = "----churn" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "title", marker + " upload under load");
        field(body, boundary, "meetup", "2024-08-15-pytorch-shanghai");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + marker + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf(marker));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/talks"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) {
          acknowledged.incrementAndGet();
        } else {
          errors.incrementAndGet();
        }
        Thread.sleep(1000);
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void watchIngest(String base, long start, AtomicBoolean running, AtomicLong doneMs) {
    while (running.get() && doneMs.get() < 0) {
      try {
        String health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        if (health.contains("\"pending\":0") && !health.contains("\"talks\":0")) {
          doneMs.set((System.nanoTime() - start) / 1_000_000);
        }
        Thread.sleep(250);
      } catch (IOException e) {
        // the server is busy; ask again
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Keeps the highest resident set seen of the server and of each process it started (extraction children). */
  private static void sampleMemory(ProcessHandle server, AtomicBoolean running, Map<Long, Long> peakRssKb) {
    while (running.get()) {
      List<ProcessHandle> processes = new ArrayList<>();
      processes.add(server);
      server.descendants().forEach(processes::add);
      for (ProcessHandle process : processes) {
        long kb = rssKb(process.pid());
        if (kb > 0) {
          peakRssKb.merge(process.pid(), kb, Math::max);
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // the process ended between listing and reading
    }
    return 0;
  }

  private static String memory(long serverPid, Map<Long, Long> peakRssKb) {
    long server = peakRssKb.getOrDefault(serverPid, 0L);
    List<String> children = peakRssKb.entrySet().stream().filter(e -> e.getKey() != serverPid)
        .map(e -> String.format(Locale.ROOT, "%.0f MB", e.getValue() / 1024.0)).toList();
    return String.format(Locale.ROOT, "server %.0f MB; %d extraction child process(es) %s", server / 1024.0,
        children.size(), children.isEmpty() ? "" : String.join(", ", children));
  }

  private String createToken(Path index) throws Exception {
    Process p = new ProcessBuilder(Path.of(javaHome, "bin", "java").toString(), "-jar",
        root.resolve("target/lectern.jar").toString(), "token", "create", "churn", "--index", index.toString())
        .redirectErrorStream(false).start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    p.waitFor(60, TimeUnit.SECONDS);
    return lines.get(lines.size() - 1).strip();
  }

  private void awaitHealth(String base, Process server) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && server.isAlive()) {
      try {
        if (client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("server did not start; see " + out.resolve("churn/serve.log"));
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
        + value + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] pdf(String marker) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 20);
        content.newLineAtOffset(72, 700);
        content.showText(marker + " slides uploaded while searching");
        content.endText();
      }
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
