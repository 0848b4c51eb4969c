package dev.lectern.extract;

import dev.lectern.model.Extraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Not a test: extraction throughput of in-process Tika against the child-process extractor over a
 * folder (the shared corpus), with one caller thread per core, as the reconciler runs. Also prints
 * whether both gave every file the same status. Build with {@code ./mvnw -B -Pbench -DskipTests compile}, run
 * {@code java -cp "target/bench-build/classes:$(cat target/bench-build/classpath.txt)"
 * dev.lectern.extract.ExtractionBenchmark DIR}.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    Map<Path, String> inProcess;
    Map<Path, String> children;
    try (TikaExtractor tika = new TikaExtractor()) {
      inProcess = run("in-process", tika, files, threads);
    }
    long start = System.nanoTime();
    try (ChildProcessExtractor child = new ChildProcessExtractor(ExtractionLimits.DEFAULTS, threads)) {
      child.extract(files.get(0));
      System.out.printf("first child start + first file: %d ms%n", (System.nanoTime() - start) / 1_000_000);
      children = run("child-process", child, files, threads);
    }
    Map<Path, String> differences = new TreeMap<>();
    for (Path file : files) {
      if (!inProcess.get(file).equals(children.get(file))) {
        differences.put(root.relativize(file), inProcess.get(file) + " vs " + children.get(file));
      }
    }
    System.out.printf("status differences: %s%n", differences);
  }

  private static Map<Path, String> run(String name, Extractor extractor, List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<Path, String> statuses = new ConcurrentHashMap<>();
    AtomicLong pages = new AtomicLong();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = files.stream().<Future<?>>map(file -> pool.submit(() -> {
        Extraction extraction = extractor.extract(file);
        pages.addAndGet(extraction.pages().size());
        statuses.put(file, extraction.status().label() + " " + extraction.pages().size());
      })).toList();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %d files, %d pages in %.1f s = %.1f pages/s (%d threads)%n",
        name, files.size(), pages.get(), seconds, pages.get() / seconds, threads);
    return statuses;
  }
}
